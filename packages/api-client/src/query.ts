import type { Client, ClientPathsWithMethod } from 'openapi-fetch';
import createQueryClient, { type OpenapiQueryClient } from 'openapi-react-query';
import { isProblem, problemStatus } from './problem';
import type { paths } from './schema.gen';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
export type ApiPath<M extends Method> = ClientPathsWithMethod<Client<paths>, M>;

/** `$api.queryOptions('get', '/api/v1/me')`, `$api.useMutation(...)`: react-query bound to the typed client. */
export type ApiQuery = OpenapiQueryClient<paths>;

export function createApiQuery(client: Client<paths>): ApiQuery {
  return createQueryClient(client);
}

/**
 * The key prefix of every `$api` query of one path, whatever its parameters (openapi-react-query
 * keys are `[method, path, init]`): invalidate by it after a write.
 */
export function pathKey<M extends Method, P extends ApiPath<M>>(method: M, path: P): readonly [M, P] {
  return [method, path];
}

/** Key of a cursor-paged list: under `pathKey`, so invalidating the path reaches it too. */
export function infiniteKey<M extends Method, P extends ApiPath<M>, Init>(
  method: M,
  path: P,
  init: Init,
): readonly [M, P, Init, 'infinite'] {
  return [method, path, init, 'infinite'];
}

/** The body of a call that answers one, or a rejection with its Problem (for hand-written queryFns). */
export function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  result: R,
): NonNullable<R['data']> {
  const { data, error, response } = result;
  if (data !== undefined && data !== null) return data;
  if (error !== undefined) throw error;
  throw new Error(`${response.url} answered HTTP ${response.status} without a body.`);
}

/** The `getNextPageParam` of every cursor-paged list. */
export function nextCursor(page: { nextCursor: string | null }): string | undefined {
  return page.nextCursor ?? undefined;
}

/**
 * react-query's `retry`: a 4xx will answer the same again, so only outages are retried
 * (twice). A 401 is already handled by the client's refresh.
 */
export function retryTransient(failureCount: number, error: unknown): boolean {
  const status = problemStatus(error);
  if (isProblem(error) && status !== undefined && status < 500) return false;
  return failureCount < 2;
}
