import { createHmac, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { apiKeyScopes } from '@portico/db';
import { makeEnrolledContact, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import request from 'supertest';
import { expectProblem } from '../problem';
import { useTestApp } from '../test-app';

/**
 * Tokens that must not get in: forged, unsigned, expired, for the other audience, or of the other
 * kind. Each answers 401 as a problem, on the office, portal and integration APIs alike.
 */
const t = useTestApp();

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWT signed by hand, so the header and claims can be anything. */
function token(claims: object, options: { alg?: string; secret?: string; signature?: string } = {}): string {
  const alg = options.alg ?? 'HS256';
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
  if (options.signature !== undefined) return `${head}.${options.signature}`;
  const hash = alg === 'HS512' ? 'sha512' : alg === 'HS384' ? 'sha384' : 'sha256';
  const signature = createHmac(hash, options.secret ?? t.config.jwtSecret)
    .update(head)
    .digest('base64url');
  return `${head}.${signature}`;
}

const now = () => Math.floor(Date.now() / 1000);

let office: { sub: string; org: string };
let portal: { sub: string; org: string };
let officeAuth: string;
let portalAuth: string;
let apiKey: string;

beforeAll(async () => {
  const org = await makeOrganization(t.db);
  const user = await makeOfficeUser(t.db, org.id);
  const contact = await makeEnrolledContact(t.db, org.id);
  office = { sub: user.id, org: org.id };
  portal = { sub: contact.id, org: org.id };
  officeAuth = `Bearer ${t.app.signOfficeAccessToken(user)}`;
  portalAuth = `Bearer ${t.app.signPortalAccessToken(contact)}`;
  const res = await request(t.app.server)
    .post('/api/v1/api-keys')
    .set('authorization', officeAuth)
    .send({ name: 'Sync', scopes: [...apiKeyScopes] });
  expect(res.status).toBe(201);
  apiKey = `Bearer ${res.body.key as string}`;
});

const OFFICE_ROUTE = '/api/v1/me';
const PORTAL_ROUTE = '/portal/v1/me';
const INTEGRATION_ROUTE = '/api/v1/integration/accounts/A-1';

function call(route: string, authorization: string) {
  const req =
    route === INTEGRATION_ROUTE
      ? request(t.app.server).put(route).send({ name: 'Harbour Holdings' })
      : request(t.app.server).get(route);
  return req.set('authorization', authorization);
}

/** Every forgery of a token for `audience`, named. */
function forgeries(claims: { sub: string; org: string }, audience: string): [string, string][] {
  const valid = { ...claims, aud: audience, iat: now(), exp: now() + 600 };
  const { sub: _sub, ...withoutSub } = valid;
  const { exp: _exp, ...withoutExp } = valid;
  const { aud: _aud, ...withoutAud } = valid;
  return [
    ['alg none, no signature', token(valid, { alg: 'none', signature: '' })],
    ['alg none, a signature anyway', token(valid, { alg: 'none', signature: 'x' })],
    ['alg HS512 with the right secret (algorithm not pinned)', token(valid, { alg: 'HS512' })],
    ['RS256 header over an HMAC signature', token(valid, { alg: 'RS256' })],
    ['signed with another key', token(valid, { secret: randomBytes(32).toString('base64url') })],
    [
      'signature of another token',
      `${token(valid).split('.').slice(0, 2).join('.')}.${token({ a: 1 }).split('.')[2]}`,
    ],
    ['expired', token({ ...valid, iat: now() - 3600, exp: now() - 60 })],
    ['no expiry', token(withoutExp)],
    ['no sub', token(withoutSub)],
    ['no audience', token(withoutAud)],
    ['sub of nobody', token({ ...valid, sub: '00000000-0000-4000-8000-000000000000' })],
    ['sub that is not a uuid', token({ ...valid, sub: "' or 1=1 --" })],
    ['org of another organization', token({ ...valid, org: '00000000-0000-4000-8000-000000000000' })],
    ['garbage', 'not.a.jwt'],
    ['empty bearer', ''],
  ];
}

describe('JWT abuse: forged, expired and misdirected tokens answer 401', () => {
  it('the genuine tokens work, so the 401s below mean something', async () => {
    expect((await call(OFFICE_ROUTE, officeAuth)).status).toBe(200);
    expect((await call(PORTAL_ROUTE, portalAuth)).status).toBe(200);
    expect([200, 201]).toContain((await call(INTEGRATION_ROUTE, apiKey)).status);
  });

  it('refuses every forgery of an office token on the office API', async () => {
    for (const [name, jwt] of forgeries(office, 'office')) {
      const res = await call(OFFICE_ROUTE, `Bearer ${jwt}`);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
      expectProblem(res, 401);
    }
  });

  it('refuses every forgery of a portal token on the portal API', async () => {
    for (const [name, jwt] of forgeries(portal, 'portal')) {
      const res = await call(PORTAL_ROUTE, `Bearer ${jwt}`);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
      expectProblem(res, 401);
    }
  });

  it('refuses a credential of one kind on the API of another', async () => {
    const cases: [string, string, string][] = [
      ['portal token on the office API', OFFICE_ROUTE, portalAuth],
      ['office token on the portal API', PORTAL_ROUTE, officeAuth],
      ['API key on the office API', OFFICE_ROUTE, apiKey],
      ['API key on the portal API', PORTAL_ROUTE, apiKey],
      ['office token on the integration API', INTEGRATION_ROUTE, officeAuth],
      ['portal token on the integration API', INTEGRATION_ROUTE, portalAuth],
      // Claims of the office user, audience portal: a valid signature does not cross audiences.
      [
        'office claims with the portal audience',
        PORTAL_ROUTE,
        `Bearer ${token({ ...office, aud: 'portal', exp: now() + 600 })}`,
      ],
      [
        'portal claims with the office audience',
        OFFICE_ROUTE,
        `Bearer ${token({ ...portal, aud: 'office', exp: now() + 600 })}`,
      ],
      [
        'both audiences at once',
        OFFICE_ROUTE,
        `Bearer ${token({ ...portal, aud: ['portal', 'office'], exp: now() + 600 })}`,
      ],
    ];
    for (const [name, route, authorization] of cases) {
      const res = await call(route, authorization);
      expect({ name, status: res.status }).toEqual({ name, status: 401 });
      expectProblem(res, 401);
    }
  });

  it('refuses a token in the wrong scheme or without one', async () => {
    const jwt = officeAuth.slice('Bearer '.length);
    for (const authorization of [jwt, `Basic ${jwt}`, `bearer${jwt}`, 'Bearer']) {
      const res = await call(OFFICE_ROUTE, authorization);
      expect({ authorization: authorization.slice(0, 12), status: res.status }).toEqual({
        authorization: authorization.slice(0, 12),
        status: 401,
      });
    }
  });
});
