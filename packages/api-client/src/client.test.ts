import { describe, expect, it, jest } from '@jest/globals';
import { createAuthStore } from './auth-store';
import { createApiClient } from './client';
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
    if (path === '/api/v1/auth/refresh') {
      refreshes += 1;
      if (options.refresh === 'offline') throw new TypeError('fetch failed');
      if (options.refresh === 'gone') return problem(401, 'Your session has expired. Sign in again.');
      valid = `fresh-${refreshes}`;
      // Slow enough that concurrent 401s arrive while it is in flight.
      await new Promise((resolve) => setTimeout(resolve, 20));
      return json(200, session(valid));
    }
    if (path === '/api/v1/auth/sign-in') return problem(401, 'Wrong email or password.');
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
    expect(onSessionEnded).toHaveBeenCalledWith('Your session has expired. Sign in again.');
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
