import { describe, expect, it, jest } from '@jest/globals';
import { createAuthStore } from './auth-store';
import { createApiClient, retryAfterSeconds } from './client';
import type { Me, OfficeSession } from './models';

const me: Me = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'ada@example.test',
  name: 'Ada',
  role: 'Admin',
  permissions: ['contacts.write'],
  organization: { id: '00000000-0000-4000-8000-000000000002', name: 'Northwind' },
};

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const problem = (status: number, detail: string) =>
  json(
    status,
    { type: `https://portico.dev/problems/${status}`, title: 'Unauthorized', status, detail },
    'application/problem+json',
  );

const session = (accessToken: string): OfficeSession => ({
  accessToken,
  tokenType: 'Bearer',
  expiresIn: 900,
  user: me,
});

/** A fake API: /me answers only the current token; refresh hands out `fresh-N`. */
function fakeApi(options: { refresh?: 'ok' | 'gone' | 'offline' } = {}) {
  let valid = 'fresh-0';
  const seen: { path: string; auth: string | null; body: string }[] = [];
  let refreshes = 0;
  const fetch = jest.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    seen.push({ path, auth: request.headers.get('authorization'), body: await request.text() });
    if (path === '/api/v1/auth/refresh' || path === '/portal/v1/auth/refresh') {
      refreshes += 1;
      if (options.refresh === 'offline') throw new TypeError('fetch failed');
      if (options.refresh === 'gone') return problem(401, 'Your session has expired. Sign in again.');
      valid = `fresh-${refreshes}`;
      // Slow enough that concurrent 401s arrive while it is in flight.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return json(200, session(valid));
    }
    if (path === '/api/v1/auth/sign-in') return problem(401, 'Wrong email or password.');
    if (path === '/portal/v1/auth/sign-in') {
      const answer = problem(429, 'Too many sign-in attempts. Wait 1 minute(s) and try again.');
      answer.headers.set('retry-after', '900');
      return answer;
    }
    if (path === '/portal/v1/auth/magic-link')
      return new Response('Slow down', { status: 429, headers: { 'retry-after': '120' } });
    if (path === '/api/v1/accounts' && request.method === 'POST')
      return new Response('Bad Gateway', { status: 502, statusText: 'Bad Gateway' });
    return request.headers.get('authorization') === `Bearer ${valid}`
      ? json(200, me)
      : problem(401, 'Expired token.');
  });
  return { fetch, seen, refreshCount: () => refreshes };
}

function setup(options: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi(options);
  const auth = createAuthStore();
  const onSessionEnded = jest.fn();
  const client = createApiClient({ baseUrl: 'http://api.test', auth, onSessionEnded, fetch: api.fetch });
  return { api, auth, onSessionEnded, client };
}

/** The customer portal's client: its own refresh route, and the chosen view on every request. */
function setupPortal(options: Parameters<typeof fakeApi>[0] = {}) {
  const api = fakeApi(options);
  const auth = createAuthStore();
  const onSessionEnded = jest.fn();
  const client = createApiClient({
    baseUrl: 'http://api.test',
    auth,
    refreshPath: '/portal/v1/auth/refresh',
    requestHeaders: () => ({ 'X-Portal-View': 'group:g1' }),
    onSessionEnded,
    fetch: api.fetch,
  });
  return { api, auth, onSessionEnded, client };
}

describe('createApiClient', () => {
  it('sends the access token as a bearer token', async () => {
    const { api, auth, client } = setup();
    auth.setToken('fresh-0');
    const { data } = await client.GET('/api/v1/me');
    expect(data).toEqual(me);
    expect(api.seen).toEqual([{ path: '/api/v1/me', auth: 'Bearer fresh-0', body: '' }]);
  });

  it('refreshes once on a 401, stores the new token and retries the request with its body', async () => {
    const { api, auth, client } = setup();
    auth.setToken('stale');
    const { data, error } = await client.POST('/api/v1/contacts', { body: { firstName: 'Grace' } });
    // The fake answers the contact POST with `me`: what matters is which requests went out.
    expect(error).toBeUndefined();
    expect(data).toEqual(me);
    expect(auth.getToken()).toBe('fresh-1');
    expect(api.seen.map((r) => [r.path, r.auth])).toEqual([
      ['/api/v1/contacts', 'Bearer stale'],
      ['/api/v1/auth/refresh', null],
      ['/api/v1/contacts', 'Bearer fresh-1'],
    ]);
    expect(api.seen[2]?.body).toBe('{"firstName":"Grace"}');
  });

  it('lets concurrent 401s share one refresh', async () => {
    const { api, auth, client } = setup();
    auth.setToken('stale');
    const results = await Promise.all([
      client.GET('/api/v1/me'),
      client.GET('/api/v1/me'),
      client.GET('/api/v1/me'),
    ]);
    expect(results.map((r) => r.data)).toEqual([me, me, me]);
    expect(api.refreshCount()).toBe(1);
  });

  it('ends the session once when the refresh is refused, answering the original 401', async () => {
    const { auth, client, onSessionEnded } = setup({ refresh: 'gone' });
    auth.setToken('stale');
    const results = await Promise.all([client.GET('/api/v1/me'), client.GET('/api/v1/me')]);
    expect(results.map((r) => r.response.status)).toEqual([401, 401]);
    expect(results[0]?.error).toMatchObject({ status: 401, detail: 'Expired token.' });
    expect(auth.getSnapshot()).toEqual({
      accessToken: null,
      endedReason: 'Your session has expired. Sign in again.',
    });
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    // The refresh route's own answer comes along, so an app can tell a suspension from an expiry.
    expect(onSessionEnded).toHaveBeenCalledWith(
      'Your session has expired. Sign in again.',
      expect.objectContaining({ status: 401, detail: 'Your session has expired. Sign in again.' }),
    );
  });

  it('keeps the session when the refresh could not reach the server', async () => {
    const { auth, client, onSessionEnded } = setup({ refresh: 'offline' });
    auth.setToken('stale');
    const { response } = await client.GET('/api/v1/me');
    expect(response.status).toBe(401);
    expect(auth.getToken()).toBe('stale');
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('never refreshes for the auth routes themselves', async () => {
    const { api, auth, client } = setup();
    auth.setToken('fresh-0');
    const { error } = await client.POST('/api/v1/auth/sign-in', {
      body: { email: 'a@b.test', password: 'x' },
    });
    expect(error).toMatchObject({ status: 401, detail: 'Wrong email or password.' });
    expect(api.seen.map((r) => [r.path, r.auth])).toEqual([['/api/v1/auth/sign-in', null]]);
  });

  it('resolves refreshSession to null when there is no session, without ending one', async () => {
    const { client, onSessionEnded } = setup({ refresh: 'gone' });
    await expect(client.refreshSession()).resolves.toBeNull();
    expect(onSessionEnded).not.toHaveBeenCalled();
  });

  it('turns an answer that is not JSON (a proxy page) into a problem', async () => {
    const { auth, client } = setup();
    auth.setToken('fresh-0');
    const { error } = await client.POST('/api/v1/accounts', { body: { name: 'Acme' } });
    expect(error).toMatchObject({
      status: 502,
      detail: 'The server is not answering right now. Try again in a moment.',
    });
  });
});

describe('createApiClient for the customer portal', () => {
  it('never refreshes while canRefresh says no (a read-only preview): the 401 ends the session', async () => {
    const api = fakeApi();
    const auth = createAuthStore();
    const onSessionEnded = jest.fn();
    const client = createApiClient({
      baseUrl: 'http://api.test',
      auth,
      refreshPath: '/portal/v1/auth/refresh',
      canRefresh: () => false,
      onSessionEnded,
      fetch: api.fetch,
    });
    auth.setToken('preview-token');
    const { response } = await client.GET('/portal/v1/me');
    expect(response.status).toBe(401);
    expect(api.refreshCount()).toBe(0);
    expect(auth.getSnapshot()).toEqual({ accessToken: null, endedReason: 'Expired token.' });
    expect(onSessionEnded).toHaveBeenCalledWith('Expired token.', expect.objectContaining({ status: 401 }));
  });

  it('refreshes through the portal refresh route, never the office one', async () => {
    const { api, auth, client } = setupPortal();
    auth.setToken('stale');
    const { data } = await client.GET('/portal/v1/me');
    expect(data).toEqual(me);
    expect(api.seen.map((r) => r.path)).toEqual([
      '/portal/v1/me',
      '/portal/v1/auth/refresh',
      '/portal/v1/me',
    ]);
    await expect(client.refreshSession()).resolves.toMatchObject({ accessToken: 'fresh-2' });
    expect(api.seen.filter((r) => r.path === '/api/v1/auth/refresh')).toEqual([]);
  });

  it('hands over each renewed session before its token is stored', async () => {
    const api = fakeApi();
    const auth = createAuthStore();
    const tokenWhenRefreshed: (string | null)[] = [];
    const client = createApiClient({
      baseUrl: 'http://api.test',
      auth,
      refreshPath: '/portal/v1/auth/refresh',
      onRefreshed: (session) => tokenWhenRefreshed.push(`${auth.getToken()} -> ${session.accessToken}`),
      fetch: api.fetch,
    });
    await client.refreshSession();
    auth.setToken('stale');
    await client.GET('/portal/v1/me');
    expect(tokenWhenRefreshed).toEqual(['null -> fresh-1', 'stale -> fresh-2']);
  });

  it('sends the extra headers with the first request and with its retry, not to auth routes', async () => {
    const views: (string | null)[] = [];
    const api = fakeApi();
    const auth = createAuthStore();
    const client = createApiClient({
      baseUrl: 'http://api.test',
      auth,
      refreshPath: '/portal/v1/auth/refresh',
      requestHeaders: () => ({ 'X-Portal-View': 'account:a1' }),
      fetch: async (request) => {
        views.push(request.headers.get('x-portal-view'));
        return api.fetch(request);
      },
    });
    auth.setToken('stale');
    await client.GET('/portal/v1/me');
    // me, refresh (an auth route: no view), the retried me.
    expect(views).toEqual(['account:a1', null, 'account:a1']);
  });

  it('signs out everywhere with the access token, renewing a stale one first', async () => {
    const { api, auth, client } = setupPortal();
    auth.setToken('stale');
    await client.POST('/portal/v1/auth/sign-out-everywhere');
    expect(api.seen.map((r) => [r.path, r.auth])).toEqual([
      ['/portal/v1/auth/sign-out-everywhere', 'Bearer stale'],
      ['/portal/v1/auth/refresh', null],
      ['/portal/v1/auth/sign-out-everywhere', 'Bearer fresh-1'],
    ]);
  });

  it('reports the problem a session request finally ends with, after the retry', async () => {
    const api = fakeApi();
    const auth = createAuthStore();
    const onSessionProblem = jest.fn();
    const suspended = {
      type: 'https://portico.dev/problems/403',
      title: 'Forbidden',
      status: 403,
      detail: 'Paused while the account is reviewed.',
      code: 'suspended',
    };
    const client = createApiClient({
      baseUrl: 'http://api.test',
      auth,
      refreshPath: '/portal/v1/auth/refresh',
      onSessionProblem,
      fetch: async (request) => {
        const answer = await api.fetch(request);
        // The renewed token gets through authentication, and then the suspension check.
        return request.headers.get('authorization') === 'Bearer fresh-1'
          ? json(403, suspended, 'application/problem+json')
          : answer;
      },
    });
    auth.setToken('stale');
    const { error } = await client.GET('/portal/v1/me');
    expect(error).toMatchObject({ status: 403, code: 'suspended' });
    expect(onSessionProblem).toHaveBeenCalledTimes(1);
    expect(onSessionProblem).toHaveBeenCalledWith(expect.objectContaining({ code: 'suspended' }));

    // Auth routes answer for their own reasons (a wrong password): not a session problem.
    await client.POST('/portal/v1/auth/sign-in', { body: { email: 'dana@example.test', password: 'x' } });
    expect(onSessionProblem).toHaveBeenCalledTimes(1);
  });

  it('carries a 429’s Retry-After into the problem, over what the body says', async () => {
    const { client } = setupPortal();
    const { error, response } = await client.POST('/portal/v1/auth/sign-in', {
      body: { email: 'dana@example.test', password: 'x' },
    });
    expect(response.status).toBe(429);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 900 });
  });

  it('carries Retry-After into the problem made from a proxy’s 429 page', async () => {
    const { client } = setupPortal();
    const { error } = await client.POST('/portal/v1/auth/magic-link', { body: { email: 'a@b.test' } });
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 120 });
  });
});

describe('retryAfterSeconds', () => {
  it('reads seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Sun, 01 Mar 2026 10:05:00 GMT', now)).toBe(300);
    expect(retryAfterSeconds('Sun, 01 Mar 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
