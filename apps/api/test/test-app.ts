import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import type { Db } from '@portico/db';
import { createTestDatabase, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { type ApiConfig, loadConfig } from '../src/config';

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  config: ApiConfig;
}

/**
 * Per test file: a fresh database cloned from the migrated template, a Redis key prefix of its
 * own, and the app built (not listening). Everything is closed and dropped after the file.
 */
export function useTestApp(overrides: Record<string, string> = {}): TestContext {
  const ctx = {} as TestContext;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = database.drop;
    ctx.config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `test:${randomBytes(6).toString('hex')}`,
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATABASE_POOL_SIZE: '4',
      ...overrides,
    });
    ctx.app = await buildApp(ctx.config);
    await ctx.app.ready();
    ctx.db = ctx.app.db;
  });
  afterAll(async () => {
    const prefix = ctx.config?.redisPrefix;
    if (prefix && ctx.app) {
      const keys = await ctx.app.redis.keys(`${prefix}:*`);
      if (keys.length > 0) await ctx.app.redis.del(...keys);
    }
    await ctx.app?.close();
    await drop?.();
  });
  return ctx;
}

/** An organization with a signed-in office user; `auth` is the Authorization header value. */
export async function signedInOrg(ctx: TestContext, options: Parameters<typeof makeOfficeUser>[2] = {}) {
  const org = await makeOrganization(ctx.db);
  const user = await makeOfficeUser(ctx.db, org.id, options);
  const auth = `Bearer ${ctx.app.signOfficeAccessToken(user)}`;
  return { org, user, auth };
}
