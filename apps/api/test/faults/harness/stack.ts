import { randomBytes } from 'node:crypto';
import { createDb, type Db, type DbHandle } from '@portico/db';
import { makeAccount, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { buildApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { SmtpSink } from './smtp-sink';
import { WorkerProcess } from './worker-process';

/** Sizes: small in CI and by default, larger locally (FAULT_CONTACTS=10000). */
export const CONTACTS = Number(process.env.FAULT_CONTACTS ?? 500);
/** Email jobs in flight per worker: the bound on duplicates after a crash. */
export const CONCURRENCY = 10;
/**
 * The slowest delivery a run may show, in emails a second. One worker (CONCURRENCY jobs) sent
 * ~100/s in the 10,000-contact runs, on 2 cores shared with other work; waits for deliveries
 * allow half that, plus 30 s for the worker's start and the reconcile's STUCK_SEND_MS, plus 60 s
 * for BullMQ to hand back a killed worker's active jobs that had not claimed yet (their lock
 * expires after 30 s, and stalled jobs are looked for every 30 s).
 */
export const SLOWEST_SEND_RATE = 50;
const STALLED_JOB_RECOVERY_MS = 60_000;
export const deliveryTimeoutMs = (emails: number) =>
  30_000 + STALLED_JOB_RECOVERY_MS + Math.ceil((emails / SLOWEST_SEND_RATE) * 1000);

export interface Api {
  app: FastifyInstance;
  base: string;
  close: () => Promise<void>;
}

export interface Shared {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  jwtSecret: string;
}

export function sharedSettings(
  databaseUrl: string,
  redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
): Shared {
  return {
    databaseUrl,
    redisUrl,
    redisPrefix: `fault:${randomBytes(6).toString('hex')}`,
    jwtSecret: randomBytes(32).toString('base64url'),
  };
}

/** One API instance, listening on a spare port: several may share one database and Redis. */
export async function startApi(shared: Shared, env: Record<string, string> = {}): Promise<Api> {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: shared.databaseUrl,
    REDIS_URL: shared.redisUrl,
    REDIS_PREFIX: shared.redisPrefix,
    JWT_SECRET: shared.jwtSecret,
    DATABASE_POOL_SIZE: '4',
    ...env,
  });
  const app = await buildApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { app, base: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** The worker's environment: fast polls and sweeps, so recovery takes seconds, not minutes. */
export function workerEnv(shared: Shared, sink: SmtpSink, env: Record<string, string> = {}) {
  return {
    DATABASE_URL: shared.databaseUrl,
    REDIS_URL: shared.redisUrl,
    REDIS_PREFIX: shared.redisPrefix,
    SMTP_URL: sink.url,
    PORTAL_URL: 'https://portal.example.test',
    JWT_SECRET: shared.jwtSecret,
    WORKER_CONCURRENCY: String(CONCURRENCY),
    DATABASE_POOL_SIZE: '6',
    EMAIL_BACKOFF_MS: '200',
    RELAY_POLL_MS: '50',
    RELAY_MAX_BACKOFF_MS: '500',
    // A send in `sending` this long after a crash is taken for dead; live sends here take ms.
    STUCK_SEND_MS: '5000',
    RECONCILE_SWEEP_MS: '1000',
    ...env,
  };
}

export function worker(name: string, shared: Shared, sink: SmtpSink, env: Record<string, string> = {}) {
  return new WorkerProcess(name, workerEnv(shared, sink, env));
}

export interface Office {
  orgId: string;
  auth: string;
  emails: string[];
}

/**
 * An organization with an office admin and `n` invitable contacts on one account, inserted in
 * one statement each (10k in well under a second).
 */
export async function seedOffice(db: Db, app: FastifyInstance, n: number): Promise<Office> {
  const org = await makeOrganization(db);
  const user = await makeOfficeUser(db, org.id);
  const account = await makeAccount(db, org.id);
  const tag = randomBytes(4).toString('hex');
  await db.execute(sql`insert into contacts (org_id, first_name, last_name, email)
    select ${org.id}, 'Fault', 'Contact ' || i, 'fault-' || ${tag} || '-' || i || '@customer.test'
    from generate_series(1, ${n}) i`);
  await db.execute(sql`insert into contact_accounts (org_id, contact_id, account_id)
    select ${org.id}, c.id, ${account.id} from contacts c where c.org_id = ${org.id}`);
  const emails = Array.from({ length: n }, (_, i) => `fault-${tag}-${i + 1}@customer.test`);
  return { orgId: org.id, auth: `Bearer ${app.signOfficeAccessToken(user)}`, emails };
}

/** Invitation delivery states of an organization, counted. */
export async function deliveryStates(db: Db, orgId: string): Promise<Record<string, number>> {
  const result = await db.execute<{ state: string; n: number }>(
    sql`select delivery_state as state, count(*)::int as n from invitations
        where org_id = ${orgId} and status = 'pending' group by 1`,
  );
  return Object.fromEntries(result.rows.map((r) => [r.state, r.n]));
}

/** What the sink received for these addresses: who got nothing, and the extra copies in all. */
export function deliveries(sink: SmtpSink, emails: string[]) {
  const missing = emails.filter((e) => !sink.received.has(e));
  const duplicates = emails.reduce((sum, e) => sum + Math.max(0, (sink.received.get(e) ?? 0) - 1), 0);
  return { missing: missing.length, duplicates };
}

export function openDb(url: string): DbHandle {
  return createDb(url, { max: 3 });
}

/** Deletes every key under a prefix (the worker's queues, the API's rate limits). */
export async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** POST JSON with the office token; returns status and parsed body. */
export async function post(
  api: Api,
  auth: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${api.base}${path}`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: text ? JSON.parse(text) : null,
  };
}

export async function get(api: Api, auth: string | undefined, path: string) {
  const res = await fetch(`${api.base}${path}`, { headers: auth ? { authorization: auth } : {} });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {}
  return { status: res.status, type: res.headers.get('content-type') ?? '', body };
}
