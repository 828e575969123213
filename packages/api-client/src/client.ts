import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { AuthStore } from './auth-store';
import type { OfficeSession, Problem } from './models';
import { isProblem } from './problem';
import type { paths } from './schema.gen';

/**
 * Where a 401 renews the session. Each audience has its own (its refresh cookie is scoped to that
 * path), so the office and the customer portal each name theirs.
 */
export type RefreshPath = '/api/v1/auth/refresh' | '/portal/v1/auth/refresh';

/** What a refresh path answers: the new access token and who it belongs to. */
export type SessionOf<P extends RefreshPath> =
  paths[P]['post']['responses'][200]['content']['application/json'];

const OFFICE_REFRESH: RefreshPath = '/api/v1/auth/refresh';

export interface ApiClientOptions<P extends RefreshPath = '/api/v1/auth/refresh'> {
  /** Origin of the API; '' when the SPA is served from the same origin (dev proxy, production). */
  baseUrl: string;
  auth: AuthStore;
  /** The office's refresh route unless named. */
  refreshPath?: P;
  /**
   * Extra headers for every request that carries the access token (the portal's X-Portal-View),
   * read as each request leaves. Set here rather than in a later middleware so a request retried
   * after a refresh carries them too.
   */
  requestHeaders?: () => Record<string, string>;
  /**
   * Called once when a session could not be renewed; the token is already cleared. `problem` is
   * the refresh route's answer, so an app can tell a suspension from an expired session.
   */
  onSessionEnded?: (reason: string, problem: Problem | undefined) => void;
  /**
   * Called with every renewed session just before its token is stored: what the app keeps about
   * the session (the user, the portal's chosen view) is then in place before anything can send a
   * request with the new token, and stays current on each renewal.
   */
  onRefreshed?: (session: SessionOf<P>) => void;
  /**
   * Called with the problem any request that carries the session finally ends with (after a
   * refresh and retry, if any), so an app can react wherever it happens: the portal signs a
   * suspended customer out at once.
   */
  onSessionProblem?: (problem: Problem) => void;
  /**
   * Whether a 401 may be answered by a refresh (default yes). The portal's read-only preview has
   * no refresh cookie of its own: refreshing would pick up whatever portal session the browser
   * holds and show another customer, so its 401 ends the session instead.
   */
  canRefresh?: () => boolean;
  /** Replaces globalThis.fetch (tests). */
  fetch?: (request: Request) => Promise<Response>;
}

/** The typed openapi-fetch client, plus the session renewal the SPA also needs on start-up. */
export type ApiClient<S = OfficeSession> = Client<paths> & {
  /**
   * Swaps the refresh cookie for a new access token (stored in `auth`). Resolves null when the
   * server says there is no session; rejects when it could not be asked (offline, 5xx).
   */
  refreshSession(): Promise<S | null>;
};

type RefreshOutcome<S> = { ok: true; session: S } | { ok: false; problem: Problem | undefined };

// Sign-in, refresh, sign-out and the link routes (office or portal) answer 401 for their own
// reasons; refreshing and retrying them would loop or hide a wrong password. Signing out
// everywhere is the exception: it acts for the signed-in customer, so it carries the token, and a
// stale one is renewed as for any other request.
const isAuthRoute = (schemaPath: string) =>
  /^\/[^/]+\/v\d+\/auth\//.test(schemaPath) && !schemaPath.endsWith('/auth/sign-out-everywhere');

const LOCK_NAME = 'portico:refresh-session';

export function createApiClient<P extends RefreshPath = '/api/v1/auth/refresh'>({
  baseUrl,
  auth,
  refreshPath,
  requestHeaders,
  onSessionEnded,
  onSessionProblem,
  onRefreshed,
  canRefresh,
  fetch,
}: ApiClientOptions<P>): ApiClient<SessionOf<P>> {
  type Session = SessionOf<P>;
  type Outcome = RefreshOutcome<Session>;
  // credentials: the refresh cookie must travel (and be set) even when the API is on another origin.
  const common = { baseUrl, credentials: 'include' as const, ...(fetch && { fetch }) };
  const client = createClient<paths>(common);
  // Refresh goes around the middleware: it must never trigger a refresh of its own.
  const bare = createClient<paths>(common);

  let inFlight: Promise<Outcome> | null = null;
  let reportedEnd: Outcome | null = null;

  async function requestRefresh(): Promise<Outcome> {
    const { data, error, response } = await bare.POST(refreshPath ?? OFFICE_REFRESH);
    if (data) {
      // Each refresh path answers its own audience's session (SessionOf<P>); the union the
      // untyped default widens it to is narrowed back here, once.
      const session = data as Session;
      onRefreshed?.(session);
      auth.setToken(session.accessToken);
      return { ok: true, session };
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
  async function refreshAcrossTabs(): Promise<Outcome> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? await locks.request(LOCK_NAME, requestRefresh) : await requestRefresh();
  }

  function refresh(): Promise<Outcome> {
    const current =
      inFlight ??
      refreshAcrossTabs().finally(() => {
        inFlight = null;
      });
    inFlight = current;
    return current;
  }

  /** Many requests can fail on one refresh; the app hears about the ended session once. */
  function endSession(outcome: Outcome & { ok: false }): void {
    if (reportedEnd === outcome) return;
    reportedEnd = outcome;
    const reason = outcome.problem?.detail ?? 'Your session has ended. Sign in again.';
    auth.clear(reason);
    onSessionEnded?.(reason, outcome.problem);
  }

  // A request body can be read once; keep a copy of each request in flight for the retry.
  const pending = new Map<string, { request: Request; token: string | null }>();

  /** A 401 on a request that carried the session: renew the token once, then send it again. */
  async function renewAndRetry(
    saved: { request: Request; token: string | null },
    response: Response,
    send: (request: Request) => Promise<Response>,
  ): Promise<Response> {
    if (canRefresh && !canRefresh()) {
      const body: unknown = await response
        .clone()
        .json()
        .catch(() => undefined);
      if (saved.token !== null) endSession({ ok: false, problem: isProblem(body) ? body : undefined });
      return response;
    }
    let token = auth.getToken();
    // Unless another request already renewed the token while this one was out, renew it.
    if (token === null || token === saved.token) {
      let outcome: Outcome;
      try {
        outcome = await refresh();
      } catch {
        // The server could not be asked: keep the session and let the caller show the error.
        return response;
      }
      if (!outcome.ok) {
        if (saved.token !== null) endSession(outcome);
        return response;
      }
      token = outcome.session.accessToken;
    }
    saved.request.headers.set('Authorization', `Bearer ${token}`);
    return send(saved.request);
  }

  const sessionMiddleware: Middleware = {
    onRequest({ request, schemaPath, id }) {
      if (isAuthRoute(schemaPath)) return;
      const token = auth.getToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      for (const [name, value] of Object.entries(requestHeaders?.() ?? {})) request.headers.set(name, value);
      pending.set(id, { request: request.clone(), token });
    },
    async onResponse({ response, id, options }) {
      const saved = pending.get(id);
      pending.delete(id);
      if (!saved) return asProblem(response);
      const final = await asProblem(
        response.status === 401 ? await renewAndRetry(saved, response, options.fetch) : response,
      );
      if (onSessionProblem && final.status >= 400) {
        const body: unknown = await final
          .clone()
          .json()
          .catch(() => undefined);
        if (isProblem(body)) onSessionProblem(body);
      }
      return final;
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
  if (response.status < 400) return response;
  if (response.headers.get('content-type')?.includes('json')) return withRetryAfter(response);
  const retryAfter = retryAfterSeconds(response.headers.get('retry-after'));
  const problem: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail:
      response.status >= 502 && response.status <= 504
        ? 'The server is not answering right now. Try again in a moment.'
        : `The server answered ${response.status} ${response.statusText}.`.replace(/ \.$/, '.'),
    ...(retryAfter !== undefined && { retryAfterSeconds: retryAfter }),
  };
  await response.body?.cancel();
  return new Response(JSON.stringify(problem), {
    status: response.status,
    statusText: response.statusText,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/**
 * A failed call rejects with the problem body alone (react-query never sees the response), so a
 * Retry-After header travels into it as `retryAfterSeconds`, and the screen can say how long to
 * wait. The header wins over the body: it is what HTTP clients and proxies honour.
 */
async function withRetryAfter(response: Response): Promise<Response> {
  const seconds = retryAfterSeconds(response.headers.get('retry-after'));
  if (seconds === undefined) return response;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  if (!isProblem(body)) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(JSON.stringify({ ...body, retryAfterSeconds: seconds }), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}

/** Retry-After is either a number of seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
