/**
 * Stands in for src/lib/api.ts in jest (see jest.config.js): the same client, query client and
 * react-query bindings, but talking to a fake `fetch` that each test sets with `respondWith`.
 */
import { createApiClient, createApiQuery, createAuthStore } from '@portico/api-client';
import { QueryClient } from '@tanstack/react-query';

export type FakeFetch = (request: Request) => Response | Promise<Response>;

const unanswered: FakeFetch = (request) =>
  json(501, {
    type: 'about:blank',
    title: 'Not Implemented',
    status: 501,
    detail: `${request.method} ${request.url}`,
  });

let handler: FakeFetch = unanswered;

/** What the fake server answers from now on; reset after every test. */
export function respondWith(next: FakeFetch): void {
  handler = next;
}

export function resetFakeServer(): void {
  handler = unanswered;
  queryClient.clear();
}

export function json(status: number, body: unknown): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}

export const authStore = createAuthStore();
authStore.setToken('test-token');

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, staleTime: Number.POSITIVE_INFINITY },
    mutations: { retry: false },
  },
});

export const api = createApiClient({
  baseUrl: 'http://office.test',
  auth: authStore,
  fetch: async (request) => handler(request),
});

export const $api = createApiQuery(api);
