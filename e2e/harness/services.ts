import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { buildApp, loadConfig as loadApiConfig } from '@portico/api';
import { loadConfig as loadWorkerConfig, type RunningWorker, startWorker } from '@portico/worker';

/** The Fastify instance buildApp makes (fastify itself is no dependency of the repo root). */
export type ApiApp = Awaited<ReturnType<typeof buildApp>>;

// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by jest, never inside a turbo task
export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// biome-ignore lint/suspicious/noUndeclaredEnvVars: read by jest, never inside a turbo task
const logLevel = process.env.E2E_LOG_LEVEL ?? 'silent';

export interface ServiceUrls {
  databaseUrl: string;
  /** Every Redis key of the file starts with it (API and worker). */
  redisPrefix: string;
  officeUrl: string;
  portalUrl: string;
}

export const newRedisPrefix = () => `e2e:${randomBytes(6).toString('hex')}`;

/** The API as `pnpm start` runs it, listening on a free port of 127.0.0.1. */
export async function startApi(urls: ServiceUrls): Promise<{ app: ApiApp; url: string }> {
  const config = loadApiConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: logLevel,
    DATABASE_URL: urls.databaseUrl,
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: redisUrl,
    REDIS_PREFIX: urls.redisPrefix,
    JWT_SECRET: randomBytes(32).toString('base64url'),
    OFFICE_URL: urls.officeUrl,
    PORTAL_URL: urls.portalUrl,
    // Every test signs in, all from 127.0.0.1: the limits are the API tests' business.
    SIGN_IN_LIMIT_PER_IP: '10000',
    SIGN_IN_LIMIT_PER_ACCOUNT: '10000',
  });
  const app = await buildApp(config);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}` };
}

/** The worker in this process: relays the outbox, sends over SMTP to the sink. */
export function startInProcessWorker(urls: ServiceUrls, smtpUrl: string): Promise<RunningWorker> {
  return startWorker(
    loadWorkerConfig({
      LOG_LEVEL: logLevel,
      DATABASE_URL: urls.databaseUrl,
      DATABASE_POOL_SIZE: '5',
      REDIS_URL: redisUrl,
      // Below the API's prefix, so one scan removes both at the end.
      REDIS_PREFIX: `${urls.redisPrefix}:bull`,
      SMTP_URL: smtpUrl,
      PORTAL_URL: urls.portalUrl,
      UNSUBSCRIBE_SECRET: randomBytes(32).toString('base64url'),
      // Polls quickly so a send shows up in the browser within a second; a failed send is retried
      // soon rather than after the production backoff.
      RELAY_POLL_MS: '50',
      EMAIL_BACKOFF_MS: '200',
    }),
  );
}

/** Removes the file's keys (sign-in limits, queues) from the shared Redis. */
export async function deleteRedisKeys(app: ApiApp, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await app.redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await app.redis.del(...keys);
  } while (cursor !== '0');
}
