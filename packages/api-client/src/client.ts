import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { AuthStore } from './auth-store';
import type { OfficeSession, Problem } from './models';
import { isProblem } from './problem';
import type { paths } from './schema.gen';

export interface ApiClientOptions {
  /** Origin of the API; '' when the SPA is served from the same origin (dev proxy, production). */
  baseUrl: string;
  auth: AuthStore;
  /** Called once when a session could not be renewed; the token is already cleared. */
  onSessionEnded?: (reason: string) => void;
  /** Replaces globalThis.fetch (tests). */
  fetch?: (request: Request) => Promise<Response>;
}

/** The typed openapi-fetch client, plus the session renewal the SPA also needs on start-up. */
export type ApiClient = Client<paths> & {
  /**
   * Swaps the refresh cookie for a new access token (stored in `auth`). Resolves null when the
   * server says there is no session; rejects when it could not be asked (offline, 5xx).
   */
  refreshSession(): Promise<OfficeSession | null>;
};

type RefreshOutcome = { ok: true; session: OfficeSession } | { ok: false; problem: Problem | undefined };

// Sign-in, refresh and sign-out (office or portal) answer 401 for their own reasons; refreshing
// and retrying them would loop or hide a wrong password.
const isAuthRoute = (schemaPath: string) => /^\/[^/]+\/v\d+\/auth\//.test(schemaPath);

const LOCK_NAME = 'portico:refresh-session';

export function createApiClient({ baseUrl, auth, onSessionEnded, fetch }: ApiClientOptions): ApiClient {
  // credentials: the refresh cookie must travel (and be set) even when the API is on another origin.
  const common = { baseUrl, credentials: 'include' as const, ...(fetch && { fetch }) };
  const client = createClient<paths>(common);
  // Refresh goes around the middleware: it must never trigger a refresh of its own.
  const bare = createClient<paths>(common);

  let inFlight: Promise<RefreshOutcome> | null = null;
  let reportedEnd: RefreshOutcome | null = null;

  async function requestRefresh(): Promise<RefreshOutcome> {
    const { data, error, response } = await bare.POST('/api/v1/auth/refresh');
    if (data) {
      auth.setToken(data.accessToken);
      return { ok: true, session: data };
    }
    // A 4xx is the server's answer (no session, revoked, reused); anything else is an outage.
    if (response.status >= 400 && response.status < 500) {
      return { ok: false, problem: isProblem(error) ? error : undefined };
    }
    throw new Error(`Refreshing the session failed with HTTP ${response.status}.`);
  }

  /**
   * Rotation with reuse detection means two refreshes presenting one cookie end the session, so
   * every caller in this tab shares one request, and Web Locks queue other tabs behind it (each
   * then presents the cookie the previous one received).
   */
  async function refreshAcrossTabs(): Promise<RefreshOutcome> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? await locks.request(LOCK_NAME, requestRefresh) : await requestRefresh();
  }

  function refresh(): Promise<RefreshOutcome> {
    const current =
      inFlight ??
      refreshAcrossTabs().finally(() => {
        inFlight = null;
      });
    inFlight = current;
    return current;
  }

  /** Many requests can fail on one refresh; the app hears about the ended session once. */
  function endSession(outcome: RefreshOutcome & { ok: false }): void {
    if (reportedEnd === outcome) return;
    reportedEnd = outcome;
    const reason = outcome.problem?.detail ?? 'Your session has ended. Sign in again.';
    auth.clear(reason);
    onSessionEnded?.(reason);
  }

  // A request body can be read once; keep a copy of each request in flight for the retry.
  const pending = new Map<string, { request: Request; token: string | null }>();

  const sessionMiddleware: Middleware = {
    onRequest({ request, schemaPath, id }) {
      if (isAuthRoute(schemaPath)) return;
      const token = auth.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      pending.set(id, { request: request.clone(), token });
    },
    async onResponse({ response, id, options }) {
      const saved = pending.get(id);
      pending.delete(id);
      if (!saved || response.status !== 401) return asProblem(response);

      let token = auth.getToken();
      // Unless another request already renewed the token while this one was out, renew it.
      if (token === null || token === saved.token) {
        let outcome: RefreshOutcome;
        try {
          outcome = await refresh();
        } catch {
          // The server could not be asked: keep the session and let the caller show the error.
          return asProblem(response);
        }
        if (!outcome.ok) {
          if (saved.token !== null) endSession(outcome);
          return asProblem(response);
        }
        token = outcome.session.accessToken;
      }
      saved.request.headers.set('Authorization', `Bearer ${token}`);
      return asProblem(await options.fetch(saved.request));
    },
    onError({ id }) {
      pending.delete(id);
    },
  };
  client.use(sessionMiddleware);

  return {
    ...client,
    async refreshSession() {
      const outcome = await refresh();
      return outcome.ok ? outcome.session : null;
    },
  };
}

/**
 * Screens rely on every failed call rejecting with a Problem. The API guarantees that; a proxy in
 * front of it (Vite's, a load balancer's 502 page) does not, so such answers are translated.
 */
async function asProblem(response: Response): Promise<Response> {
  if (response.status < 400 || response.headers.get('content-type')?.includes('json')) return response;
  const problem: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail:
      response.status >= 502 && response.status <= 504
        ? 'The server is not answering right now. Try again in a moment.'
        : `The server answered ${response.status} ${response.statusText}.`.replace(/ \.$/, '.'),
  };
  await response.body?.cancel();
  return new Response(JSON.stringify(problem), {
    status: response.status,
    statusText: response.statusText,
    headers: { 'content-type': 'application/problem+json' },
  });
}
