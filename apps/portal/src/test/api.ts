/**
 * Stands in for src/lib/api.ts in jest (see jest.config.js): the same wiring (createPortalApi),
 * but talking to a fake `fetch` that each test sets with `respondWith`.
 */
import { createPortalApi } from '../lib/portal-api';
import { viewStore } from '../lib/portal-view';
import { previewStore } from '../lib/preview';
import { suspensionStore } from '../lib/suspension';

export type FakeFetch = (request: Request) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type, ...headers } });
}

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

export const {
  authStore,
  queryClient,
  api,
  $api,
  meQueryOptions,
  startSession,
  startPreview,
  forgetSession,
} = createPortalApi({
  baseUrl: 'http://portal.test',
  fetch: async (request) => handler(request),
  queries: { retry: false, staleTime: Number.POSITIVE_INFINITY },
});

/** Back to a first visit: no server answers, no session, nothing remembered on the device. */
export function resetFakeServer(): void {
  handler = unanswered;
  queryClient.clear();
  authStore.clear();
  viewStore.set(null);
  suspensionStore.set(null);
  previewStore.set(null);
  localStorage.clear();
  sessionStorage.clear();
}
