import { beforeAll, describe, expect, it } from '@jest/globals';
import { apiKeyScopes } from '@portico/db';
import { isUnavailable } from '../../src/plugins/errors';
import { signedInOrg, useTestApp } from '../test-app';
import { listen, send } from './http';

/**
 * What the fuzzing found at the edges, before a route runs: answers Fastify and Node's HTTP parser
 * give themselves were plain JSON, and Fastify's router cut path values the schemas allow.
 */
const t = useTestApp();
let base: string;
beforeAll(async () => {
  base = await listen(t.app);
});

describe('errors raised before a route runs', () => {
  it('accepts an integration externalId as long as its schema allows (200), not a 414', async () => {
    const { auth } = await signedInOrg(t);
    const keyRes = await send(base, {
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: { authorization: auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'Sync', scopes: [...apiKeyScopes] }),
    });
    const key = JSON.parse(keyRes.body).key as string;
    const externalId = 'é'.repeat(200);
    const res = await send(base, {
      method: 'PUT',
      url: `/api/v1/integration/accounts/${encodeURIComponent(externalId)}`,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'Harbour Holdings' }),
    });
    expect({ status: res.statusCode, body: JSON.parse(res.body) }).toMatchObject({
      status: 201,
      body: { externalId, status: 'created' },
    });

    // Longer than the router keeps: a problem, not Fastify's own JSON.
    const long = await send(base, {
      method: 'GET',
      url: `/api/v1/accounts/${'a'.repeat(3000)}`,
      headers: { authorization: auth },
    });
    expect(long.statusCode).toBe(414);
    expect(long.headers['content-type']).toContain('application/problem+json');
  });

  it('answers a malformed percent-encoding in the path with a 400 problem', async () => {
    const res = await send(base, { method: 'GET', url: '/api/v1/accounts/%E0%A4%A', headers: {} });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it("answers headers too large for Node's parser with a 431 problem", async () => {
    const res = await send(base, {
      method: 'GET',
      url: '/healthz',
      headers: { 'x-big': 'x'.repeat(40_000) },
    });
    expect(res.statusCode).toBe(431);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(res.body)).toMatchObject({ status: 431, title: 'Request Header Fields Too Large' });
  });
});

describe('isUnavailable: a dependency that is down is a 503, not a bug', () => {
  it('knows a refused, dropped or shutting-down PostgreSQL and a Redis that gave up', () => {
    const wrapped = (cause: object) => Object.assign(new Error('Failed query: select 1'), { cause });
    expect(isUnavailable(wrapped({ code: 'ECONNREFUSED' }))).toBe(true);
    expect(
      isUnavailable(
        wrapped({ code: '57P01', message: 'terminating connection due to administrator command' }),
      ),
    ).toBe(true);
    expect(isUnavailable(wrapped({ code: '08006' }))).toBe(true);
    expect(isUnavailable(wrapped(new Error('Connection terminated unexpectedly')))).toBe(true);
    expect(isUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(
      isUnavailable(
        Object.assign(new Error('Reached the max retries per request limit'), {
          name: 'MaxRetriesPerRequestError',
        }),
      ),
    ).toBe(true);
    // Bad data and real bugs stay what they are.
    expect(isUnavailable(wrapped({ code: '22P02' }))).toBe(false);
    expect(isUnavailable(wrapped({ code: '23505' }))).toBe(false);
    expect(isUnavailable(new TypeError('x is undefined'))).toBe(false);
  });
});
