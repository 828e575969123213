import { pathKey, type ResponseBody, unwrap } from '@portico/api-client';
import { queryOptions } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

export type SsoProvider = ResponseBody<'listSsoProviders'>['items'][number];
export type SsoDiscoveryReport = ResponseBody<'checkSsoDiscovery'>;

export const ssoKeys = { list: pathKey('get', '/api/v1/sso-providers') };

export function ssoProvidersOptions() {
  return queryOptions({
    queryKey: ssoKeys.list,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/sso-providers', { signal })),
  });
}

const invalidate = () => queryClient.invalidateQueries({ queryKey: ssoKeys.list });

export const useCreateSsoProvider = () =>
  $api.useMutation('post', '/api/v1/sso-providers', { onSuccess: invalidate });
export const useUpdateSsoProvider = () =>
  $api.useMutation('patch', '/api/v1/sso-providers/{id}', { onSuccess: invalidate });
export const useDeleteSsoProvider = () =>
  $api.useMutation('delete', '/api/v1/sso-providers/{id}', { onSuccess: invalidate });
/** Reads the issuer's discovery document: changes nothing, so it invalidates nothing. */
export const useCheckSsoDiscovery = () => $api.useMutation('post', '/api/v1/sso-providers/discovery-check');
