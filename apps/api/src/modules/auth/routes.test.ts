import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeOfficeUser, makeOrganization, TEST_PASSWORD } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Hand-made JWTs for the attacks the verifier must refuse. */
function forge(header: object, payload: object, secret?: string): string {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

function refreshCookie(res: request.Response): string {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith('portico_office_refresh='));
  if (!cookie) throw new Error('no refresh cookie was set');
  return cookie.split(';')[0] as string;
}

describe('office auth', () => {
  const t = useTestApp({ SIGN_IN_LIMIT_PER_ACCOUNT: '5', SIGN_IN_LIMIT_PER_IP: '1000' });

  async function user(overrides: Parameters<typeof makeOfficeUser>[2] = {}) {
    const org = await makeOrganization(t.db, { name: 'Acme Fire' });
    return makeOfficeUser(t.db, org.id, overrides);
  }

  const signIn = (email: string, password: string, extra: object = {}) =>
    request(t.app.server)
      .post('/api/v1/auth/sign-in')
      .send({ email, password, ...extra });

  describe('sign-in', () => {
    it('answers an access token, the user, and an httpOnly refresh cookie', async () => {
      const u = await user({ permissions: ['contacts.write'] });
      const res = await signIn(u.email.toUpperCase(), TEST_PASSWORD);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        tokenType: 'Bearer',
        expiresIn: 900,
        user: {
          id: u.id,
          email: u.email,
          permissions: ['contacts.write'],
          organization: { name: 'Acme Fire' },
        },
      });
      const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).not.toMatch(/Expires=/i); // a browser-session cookie unless "stay signed in"

      const me = await request(t.app.server)
        .get('/api/v1/me')
        .set('authorization', `Bearer ${res.body.accessToken}`);
      expect(me.status).toBe(200);
      expect(me.body.id).toBe(u.id);
    });

    it('keeps the cookie for 30 days with staySignedIn', async () => {
      const u = await user();
      const res = await signIn(u.email, TEST_PASSWORD, { staySignedIn: true });
      const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
      const expires = /Expires=([^;]+)/i.exec(cookie)?.[1];
      expect(expires).toBeDefined();
      const days = (new Date(expires as string).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(29);
      expect(days).toBeLessThanOrEqual(30);
    });

    it('refuses a wrong password and an unknown email with the same answer', async () => {
      const u = await user();
      const wrong = await signIn(u.email, 'not-the-password');
      const unknown = await signIn('nobody@example.test', 'not-the-password');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.headers['content-type']).toContain('application/problem+json');
      expect(wrong.body.detail).toBe(unknown.body.detail);
      expect(wrong.headers['set-cookie']).toBeUndefined();
    });

    it('refuses a deactivated user', async () => {
      const u = await user({ active: false });
      expect((await signIn(u.email, TEST_PASSWORD)).status).toBe(401);
    });

    it('answers 400 problem+json for a malformed body', async () => {
      const res = await request(t.app.server).post('/api/v1/auth/sign-in').send({ email: 'not-an-email' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password']);
    });

    it('rate limits repeated attempts on one account with 429 and Retry-After', async () => {
      const u = await user();
      for (let i = 0; i < 5; i++) expect((await signIn(u.email, 'wrong-password')).status).toBe(401);
      const limited = await signIn(u.email, TEST_PASSWORD);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body.title).toBe('Too Many Requests');
    });
  });

  describe('access tokens', () => {
    const me = (token: string) =>
      request(t.app.server).get('/api/v1/me').set('authorization', `Bearer ${token}`);

    it('requires a token', async () => {
      const res = await request(t.app.server).get('/api/v1/me');
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    });

    it('refuses an expired token', async () => {
      const u = await user();
      const now = Math.floor(Date.now() / 1000);
      const token = forge(
        { alg: 'HS256', typ: 'JWT' },
        { sub: u.id, org: u.orgId, aud: 'office', iat: now - 2000, exp: now - 1000 },
        t.config.jwtSecret,
      );
      expect((await me(token)).status).toBe(401);
    });

    it('refuses a tampered token', async () => {
      const { auth, org } = await signedInOrg(t);
      const [header, , signature] = auth.slice(7).split('.');
      const other = await makeOfficeUser(t.db, org.id);
      const payload = b64({
        sub: other.id,
        org: org.id,
        aud: 'office',
        exp: Math.floor(Date.now() / 1000) + 600,
      });
      expect((await me(`${header}.${payload}.${signature}`)).status).toBe(401);
    });

    it('refuses alg none', async () => {
      const u = await user();
      const token = forge(
        { alg: 'none', typ: 'JWT' },
        { sub: u.id, org: u.orgId, aud: 'office', exp: Math.floor(Date.now() / 1000) + 600 },
      );
      expect((await me(token)).status).toBe(401);
    });

    it('refuses a token signed with another secret, without exp, or for the portal', async () => {
      const u = await user();
      const exp = Math.floor(Date.now() / 1000) + 600;
      const h = { alg: 'HS256', typ: 'JWT' };
      expect(
        (await me(forge(h, { sub: u.id, org: u.orgId, aud: 'office', exp }, 'x'.repeat(40)))).status,
      ).toBe(401);
      expect(
        (await me(forge(h, { sub: u.id, org: u.orgId, aud: 'office' }, t.config.jwtSecret))).status,
      ).toBe(401);
      expect(
        (await me(forge(h, { sub: u.id, org: u.orgId, aud: 'portal', exp }, t.config.jwtSecret))).status,
      ).toBe(401);
    });

    it('stops working at once when the user is deactivated', async () => {
      const { auth, user: u } = await signedInOrg(t);
      expect((await me(auth.slice(7))).status).toBe(200);
      await t.db.update(schema.officeUsers).set({ active: false }).where(eq(schema.officeUsers.id, u.id));
      expect((await me(auth.slice(7))).status).toBe(401);
    });
  });

  describe('refresh tokens', () => {
    const refresh = (cookie?: string) => {
      const req = request(t.app.server).post('/api/v1/auth/refresh');
      return cookie ? req.set('cookie', cookie) : req;
    };

    it('rotates: each refresh answers a new access token and a new cookie', async () => {
      const u = await user();
      const first = refreshCookie(await signIn(u.email, TEST_PASSWORD));
      const res = await refresh(first);
      expect(res.status).toBe(200);
      expect(res.body.user.id).toBe(u.id);
      const second = refreshCookie(res);
      expect(second).not.toBe(first);
      expect((await refresh(second)).status).toBe(200);
    });

    it('revokes the whole family when an old token is reused', async () => {
      const u = await user();
      const first = refreshCookie(await signIn(u.email, TEST_PASSWORD));
      const second = refreshCookie(await refresh(first));
      const replay = await refresh(first);
      expect(replay.status).toBe(401);
      expect(replay.body.detail).toMatch(/used elsewhere/);
      // The legitimate holder's newer token is gone too.
      expect((await refresh(second)).status).toBe(401);
    });

    it('answers 401 without a cookie or with an unknown one', async () => {
      expect((await refresh()).status).toBe(401);
      expect((await refresh('portico_office_refresh=made-up')).status).toBe(401);
    });

    it('sign-out ends the session', async () => {
      const u = await user();
      const cookie = refreshCookie(await signIn(u.email, TEST_PASSWORD));
      const out = await request(t.app.server).post('/api/v1/auth/sign-out').set('cookie', cookie);
      expect(out.status).toBe(204);
      expect((await refresh(cookie)).status).toBe(401);
    });

    it('stores only a hash of the refresh token', async () => {
      const u = await user();
      const cookie = refreshCookie(await signIn(u.email, TEST_PASSWORD));
      const token = decodeURIComponent(cookie.split('=')[1] as string);
      const rows = await t.db
        .select()
        .from(schema.refreshTokens)
        .where(eq(schema.refreshTokens.subjectId, u.id));
      expect(rows).toHaveLength(1);
      expect(rows[0]?.tokenHash).not.toContain(token);
      expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
