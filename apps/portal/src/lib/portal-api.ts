import {
  createApiClient,
  createApiQuery,
  createAuthStore,
  type ResponseBody,
  retryTransient,
} from '@portico/api-client';
import { type DefaultOptions, QueryClient } from '@tanstack/react-query';
import { restoreView, viewStore } from './portal-view';
import { beginPreview, endPreview, leavePreviewMode, type PreviewSession, previewStore } from './preview';
import { suspensionOf } from './problems';
import { suspensionStore } from './suspension';

export type PortalSession = ResponseBody<'portalSignIn'>;
export type PortalMe = ResponseBody<'getPortalMe'>;

export interface PortalApiOptions {
  /** Origin of the API; '' when served from the portal's own origin (dev proxy, production). */
  baseUrl: string;
  /** Replaces globalThis.fetch (tests). */
  fetch?: (request: Request) => Promise<Response>;
  queries?: DefaultOptions['queries'];
}

/**
 * The portal's API client and query cache, wired to the customer's session: its own refresh
 * route, the chosen view on every request, and a suspension noticed on any answer ends the
 * session on this device at once. One factory so tests run exactly this wiring.
 */
export function createPortalApi({ baseUrl, fetch, queries }: PortalApiOptions) {
  const authStore = createAuthStore();
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: retryTransient, staleTime: 30_000, ...queries },
      mutations: { retry: false },
    },
  });

  const meQueryOptions = () =>
    $api.queryOptions('get', '/portal/v1/me', undefined, { staleTime: 5 * 60_000 });

  /**
   * Every way in (password, link, invitation, reset, refresh) answers who the customer is. Their
   * view and `me` are put in place before the token is stored, so no request leaves without them.
   */
  function keepSession(session: Pick<PortalSession, 'me'>): void {
    suspensionStore.set(null);
    restoreView(session.me);
    queryClient.setQueryData<PortalMe>(meQueryOptions().queryKey, session.me);
  }

  /** Ends the session on this device: nothing of one customer's may outlive it. */
  function forgetSession(reason: string, problem?: unknown): void {
    const suspension = suspensionOf(problem);
    if (suspension) suspensionStore.set(suspension);
    endPreview(reason);
    authStore.clear(suspension?.message ?? reason);
    viewStore.set(null);
    queryClient.clear();
  }

  const api = createApiClient({
    baseUrl,
    auth: authStore,
    refreshPath: '/portal/v1/auth/refresh',
    requestHeaders: (): Record<string, string> => {
      const view = viewStore.get();
      return view ? { 'X-Portal-View': view } : {};
    },
    onRefreshed: keepSession,
    // A preview has no refresh cookie: refreshing would open whichever session the browser holds.
    canRefresh: () => previewStore.get() === null,
    onSessionEnded: (reason, problem) => forgetSession(reason, problem),
    // The office can suspend a customer while they are signed in; the next answer says so.
    onSessionProblem: (problem) => {
      if (authStore.getToken() !== null && suspensionOf(problem)) forgetSession('', problem);
    },
    ...(fetch && { fetch }),
  });
  const $api = createApiQuery(api);

  /** A session from signing in (any way): kept, then its token stored. */
  function startSession(session: PortalSession): void {
    leavePreviewMode();
    keepSession(session);
    authStore.setToken(session.accessToken);
  }

  /** "View as customer": the same, read-only, with the token in memory only and no refresh. */
  function startPreview(session: PreviewSession): void {
    queryClient.clear();
    beginPreview(session);
    keepSession(session);
    authStore.setToken(session.accessToken);
  }

  // A reloaded preview tab has no token left; it says the preview ended instead of restoring.
  const preview = previewStore.get();
  if (preview?.kind === 'ended') authStore.clear(preview.reason);

  return { authStore, queryClient, api, $api, meQueryOptions, startSession, startPreview, forgetSession };
}
