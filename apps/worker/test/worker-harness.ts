import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import { inviteContact, systemActor } from '@portico/core';
import { createDb, type Db, type DbHandle } from '@portico/db';
import { createTestDatabase, type TestDatabase } from '@portico/db/testing';
import { Redis } from 'ioredis';
import { loadConfig, type WorkerConfig } from '../src/config';
import type { SweepJobName } from '../src/queues/lifecycle';
import { type RunningWorker, startWorker } from '../src/worker';
import { type CapturedEmail, type SmtpSink, startSmtpSink } from './smtp-sink';
import { waitFor } from './wait-for';

export const PORTAL_URL = 'https://portal.example.test';
export const defaultRedisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface WorkerHarness {
  db: Db;
  sink: SmtpSink;
  config: WorkerConfig;
  worker: RunningWorker;
}

export interface HarnessOptions {
  env?: Record<string, string>;
  /** Start the worker in beforeAll (default); off when a test starts it itself. */
  start?: boolean;
}

/** The worker's environment for a test file: fast retries and polls, quiet logs. */
export function testEnv(databaseUrl: string, smtpUrl: string, env: Record<string, string> = {}) {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: defaultRedisUrl,
    REDIS_PREFIX: `test:worker:${randomBytes(6).toString('hex')}`,
    SMTP_URL: smtpUrl,
    PORTAL_URL,
    UNSUBSCRIBE_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_POOL_SIZE: '10',
    EMAIL_BACKOFF_MS: '20',
    RELAY_POLL_MS: '20',
    RELAY_MAX_BACKOFF_MS: '200',
    ...env,
  };
}

async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
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

/**
 * Per test file: a database of its own, an SMTP sink, a Redis prefix of its own and the worker
 * running in-process. Everything is stopped, deleted and dropped after the file.
 */
export function useWorkerHarness(options: HarnessOptions = {}): WorkerHarness {
  const h = {} as WorkerHarness;
  let database: TestDatabase | undefined;
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    handle = createDb(database.url, { max: 5 });
    h.db = handle.db;
    h.sink = await startSmtpSink();
    h.config = loadConfig(testEnv(database.url, h.sink.url, options.env));
    if (options.start !== false) h.worker = await startWorker(h.config);
  });
  afterAll(async () => {
    await h.worker?.stop();
    if (h.config && h.config.redisUrl === defaultRedisUrl)
      await deleteKeys(h.config.redisUrl, h.config.redisPrefix);
    await h.sink?.close();
    await handle?.close();
    await database?.drop();
  });
  return h;
}

export function invite(db: Db, orgId: string, contactId: string) {
  return db.transaction((tx) => inviteContact(tx, orgId, contactId, systemActor));
}

/** The link token in an email's text part (the HTML part must carry the same link). */
export function tokenIn(email: CapturedEmail): string {
  const match = /\/accept\?token=([A-Za-z0-9_-]+)/.exec(email.text);
  if (!match?.[1]) throw new Error(`no invite link in: ${email.text}`);
  return match[1];
}

export function emailTo(sink: SmtpSink, address: string, count = 1): Promise<CapturedEmail[]> {
  return waitFor(() => {
    const found = sink.to(address);
    return found.length >= count && found;
  }, `${count} email(s) to ${address}`);
}

interface JobsOf {
  getJobState: (jobId: string) => Promise<string>;
  getJob: (jobId: string) => Promise<{ returnvalue: unknown; failedReason: string } | undefined>;
}

/** Waits for a job to complete and returns its result (read after completion, never stale). */
export async function jobResult(queue: JobsOf, jobId: string, what = `job ${jobId}`): Promise<unknown> {
  await waitFor(async () => {
    const state = await queue.getJobState(jobId);
    if (state === 'failed') throw new Error(`${what} failed: ${(await queue.getJob(jobId))?.failedReason}`);
    return state === 'completed';
  }, `${what} to complete`);
  return (await queue.getJob(jobId))?.returnvalue;
}

/** Runs a sweep now, through the real queue and processor, and returns what it reported. */
export async function runSweepNow(worker: RunningWorker, name: SweepJobName): Promise<unknown> {
  const jobId = `test-${name}-${randomBytes(4).toString('hex')}`;
  await worker.queues.lifecycle.add(name, {}, { jobId });
  return jobResult(worker.queues.lifecycle, jobId, name);
}
