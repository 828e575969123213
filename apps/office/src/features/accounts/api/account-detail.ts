import { pathKey } from '@portico/api-client';
import { $api, queryClient } from '../../../lib/api';
import { accountKeys } from './list-accounts';

/** One account (with its tab counts); under the list's keys in spirit, but its own path. */
export const accountDetailKeys = {
  all: pathKey('get', '/api/v1/accounts/{id}'),
};

export const accountOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/accounts/{id}', { params: { path: { id } } });

/**
 * Buildings and contacts carry their account's name, so an account write refreshes those
 * lists too (by path: this feature does not import theirs).
 */
export function invalidateAccounts() {
  return Promise.all(
    [
      accountKeys.all,
      accountDetailKeys.all,
      pathKey('get', '/api/v1/buildings'),
      pathKey('get', '/api/v1/buildings/{id}'),
      pathKey('get', '/api/v1/contacts'),
      pathKey('get', '/api/v1/client-groups'),
      pathKey('get', '/api/v1/client-groups/{id}'),
    ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}

export function useCreateAccount() {
  return $api.useMutation('post', '/api/v1/accounts', { onSuccess: invalidateAccounts });
}

export function useUpdateAccount() {
  return $api.useMutation('patch', '/api/v1/accounts/{id}', { onSuccess: invalidateAccounts });
}

export function useDeleteAccount() {
  return $api.useMutation('delete', '/api/v1/accounts/{id}', {
    onSuccess: (_data, { params }) => {
      // Refetching the deleted account would only answer 404.
      queryClient.removeQueries({ queryKey: accountOptions(params.path.id).queryKey });
      return invalidateAccounts();
    },
  });
}

/** The client-group select: groups are few, so the first 200 by name are all of them in practice. */
export const clientGroupChoicesOptions = () =>
  $api.queryOptions('get', '/api/v1/client-groups', { params: { query: { limit: 200 } } });
