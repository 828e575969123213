import { infiniteKey, nextCursor, pathKey, type ResponseBody, unwrap } from '@portico/api-client';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

export type ApiKey = ResponseBody<'listApiKeys'>['items'][number];
export type ApiKeyScope = ApiKey['scopes'][number];
export type CreatedApiKey = ResponseBody<'createApiKey'>;

const PAGE_SIZE = 50;
const query = { limit: PAGE_SIZE, order: 'desc' } as const;

/** General to specific: every API key query, then the (only) list. */
export const apiKeyKeys = {
  all: pathKey('get', '/api/v1/api-keys'),
  list: infiniteKey('get', '/api/v1/api-keys', query),
};

/** Newest first: the key someone just made is the one they look for. */
export function apiKeysListOptions() {
  return infiniteQueryOptions({
    queryKey: apiKeyKeys.list,
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/api-keys', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
  });
}

const invalidateKeys = () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all });

export function useCreateApiKey() {
  return $api.useMutation('post', '/api/v1/api-keys', { onSuccess: invalidateKeys });
}

export function useRevokeApiKey() {
  return $api.useMutation('post', '/api/v1/api-keys/{id}/revoke', { onSuccess: invalidateKeys });
}

/** Swagger UI of the API, beside /api/v1 (proxied by Vite and the reverse proxy alike). */
export const apiDocsUrl = `${import.meta.env?.VITE_API_URL ?? ''}/docs`;
