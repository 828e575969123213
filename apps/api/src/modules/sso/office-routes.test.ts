import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { decryptSecret } from '@portico/core';
import { schema } from '@portico/db';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';
import { loadConfig } from '../../config';

const ctx = useTestApp({ PORTAL_URL: 'https://portal.example.test' });

const SECRET = 'client-secret-that-must-never-leave-9f3c';
const body = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Microsoft',
  issuerUrl: 'https://login.example.test/tenant/v2.0/',
  clientId: 'portico-client',
  clientSecret: SECRET,
  ...overrides,
});

describe('office: single sign-on providers', () => {
  it('creates a provider with the secret encrypted at rest and never in an answer', async () => {
    const { org, auth } = await signedInOrg(ctx);
    const created = await request(ctx.app.server)
      .post('/api/v1/sso-providers')
      .set('authorization', auth)
      .send(body());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      displayName: 'Microsoft',
      issuerUrl: 'https://login.example.test/tenant/v2.0',
      clientId: 'portico-client',
      enabled: true,
      redirectUri: 'https://portal.example.test/portal/v1/sso/callback',
    });
    const list = await request(ctx.app.server).get('/api/v1/sso-providers').set('authorization', auth);
    const one = await request(ctx.app.server)
      .get(`/api/v1/sso-providers/${created.body.id}`)
      .set('authorization', auth);
    for (const answer of [created, list, one]) expect(answer.text).not.toContain(SECRET);
    expect(list.body.redirectUri).toBe('https://portal.example.test/portal/v1/sso/callback');
    expect(list.body.signInUrl).toBe(`https://portal.example.test/sign-in?org=${org.slug}`);

    const [row] = await ctx.db
      .select()
      .from(schema.ssoProviders)
      .where(eq(schema.ssoProviders.id, created.body.id));
    expect(row?.clientSecretEncrypted).not.toContain(SECRET);
    expect(row?.clientSecretEncrypted).toMatch(/^v1\./);
    expect(decryptSecret(ctx.config.ssoKey, org.id, row?.clientSecretEncrypted ?? '')).toBe(SECRET);
    // Bound to its organization: the same ciphertext does not open for another one.
    expect(() =>
      decryptSecret(ctx.config.ssoKey, crypto.randomUUID(), row?.clientSecretEncrypted ?? ''),
    ).toThrow();
  });

  it('keeps the stored secret on an edit without one, replaces it when one is sent', async () => {
    const { org, auth } = await signedInOrg(ctx);
    const { body: created } = await request(ctx.app.server)
      .post('/api/v1/sso-providers')
      .set('authorization', auth)
      .send(body());
    const stored = async () => {
      const [row] = await ctx.db
        .select()
        .from(schema.ssoProviders)
        .where(eq(schema.ssoProviders.id, created.id));
      return decryptSecret(ctx.config.ssoKey, org.id, row?.clientSecretEncrypted ?? '');
    };
    const renamed = await request(ctx.app.server)
      .patch(`/api/v1/sso-providers/${created.id}`)
      .set('authorization', auth)
      .send({ displayName: 'Contoso', enabled: false });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ displayName: 'Contoso', enabled: false });
    expect(await stored()).toBe(SECRET);
    await request(ctx.app.server)
      .patch(`/api/v1/sso-providers/${created.id}`)
      .set('authorization', auth)
      .send({ clientSecret: 'rotated-secret' })
      .expect(200);
    expect(await stored()).toBe('rotated-secret');
    await request(ctx.app.server)
      .delete(`/api/v1/sso-providers/${created.id}`)
      .set('authorization', auth)
      .expect(204);
    await request(ctx.app.server)
      .get(`/api/v1/sso-providers/${created.id}`)
      .set('authorization', auth)
      .expect(404);
  });

  it("answers 404 for another organization's provider, and 403 without settings.manage", async () => {
    const a = await signedInOrg(ctx);
    const b = await signedInOrg(ctx);
    const { body: created } = await request(ctx.app.server)
      .post('/api/v1/sso-providers')
      .set('authorization', a.auth)
      .send(body());
    const path = `/api/v1/sso-providers/${created.id}`;
    await request(ctx.app.server).get(path).set('authorization', b.auth).expect(404);
    await request(ctx.app.server)
      .patch(path)
      .set('authorization', b.auth)
      .send({ enabled: false })
      .expect(404);
    await request(ctx.app.server).delete(path).set('authorization', b.auth).expect(404);
    const listB = await request(ctx.app.server).get('/api/v1/sso-providers').set('authorization', b.auth);
    expect(listB.body.items).toEqual([]);

    const reader = await signedInOrg(ctx, { permissions: ['reports.read'] });
    await request(ctx.app.server).get('/api/v1/sso-providers').set('authorization', reader.auth).expect(403);
    await request(ctx.app.server).get('/api/v1/sso-providers').expect(401);
  });

  it('refuses bad input with problems, never 500', async () => {
    const { auth } = await signedInOrg(ctx);
    const cases = [
      body({ issuerUrl: 'not a url' }),
      body({ issuerUrl: 'ftp://login.example.test' }),
      body({ issuerUrl: 'https://user:pass@login.example.test' }),
      body({ clientSecret: '' }),
      body({ extra: true }),
    ];
    for (const input of cases) {
      const answer = await request(ctx.app.server)
        .post('/api/v1/sso-providers')
        .set('authorization', auth)
        .send(input);
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(answer.text).not.toContain(SECRET);
    }
    await request(ctx.app.server)
      .get('/api/v1/sso-providers/not-a-uuid')
      .set('authorization', auth)
      .expect(400);
  });

  it('checks discovery and explains a failure', async () => {
    const { auth } = await signedInOrg(ctx);
    const unreachable = await request(ctx.app.server)
      .post('/api/v1/sso-providers/discovery-check')
      .set('authorization', auth)
      .send({ issuerUrl: 'http://127.0.0.1:1' });
    expect(unreachable.status).toBe(400);
    expect(unreachable.body.detail).toMatch(/discovery document could not be read/);
  });
});

describe('configuration of the encryption key', () => {
  const base = {
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://localhost/x',
    REDIS_URL: 'redis://localhost',
    JWT_SECRET: randomBytes(32).toString('base64url'),
  };

  it('fails at start-up on a malformed SSO_ENCRYPTION_KEY, naming it', () => {
    expect(() => loadConfig({ ...base, SSO_ENCRYPTION_KEY: 'too-short' })).toThrow(/SSO_ENCRYPTION_KEY/);
    expect(() => loadConfig({ ...base, SSO_ENCRYPTION_KEY: 'ab'.repeat(31) })).toThrow(/SSO_ENCRYPTION_KEY/);
  });

  it('takes a 32-byte key as hex or base64, and derives one from JWT_SECRET otherwise', () => {
    const key = randomBytes(32);
    expect(loadConfig({ ...base, SSO_ENCRYPTION_KEY: key.toString('hex') }).ssoKey).toEqual(key);
    expect(loadConfig({ ...base, SSO_ENCRYPTION_KEY: key.toString('base64') }).ssoKey).toEqual(key);
    expect(loadConfig({ ...base, SSO_ENCRYPTION_KEY: key.toString('base64url') }).ssoKey).toEqual(key);
    const derived = loadConfig(base).ssoKey;
    expect(derived).toHaveLength(32);
    expect(derived.equals(Buffer.from(base.JWT_SECRET))).toBe(false);
    expect(loadConfig(base).ssoKey).toEqual(derived);
  });

  it('allows http issuers outside production only, unless configured', () => {
    expect(loadConfig(base).ssoAllowInsecureIssuers).toBe(true);
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).ssoAllowInsecureIssuers).toBe(false);
  });
});
