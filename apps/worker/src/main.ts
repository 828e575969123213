import { createDb } from '@portico/db';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { ConfigError, loadConfig } from './config';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`portico worker: configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const log = pino({ level: config.logLevel, name: 'worker' });
const db = createDb(config.databaseUrl, { max: 4, applicationName: 'portico-worker' });
// BullMQ needs maxRetriesPerRequest: null on connections it blocks on; set it now for the
// queues that arrive with the invitations issue.
const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
redis.on('error', (err) => log.warn({ err: err.message }, 'redis connection error'));

await db.db.execute(sql`select 1`);
await redis.ping();
log.info(
  'worker ready: connected to PostgreSQL and Redis (job processors arrive with the invitations issue)',
);

async function shutdown(signal: string) {
  log.info({ signal }, 'shutting down');
  await Promise.allSettled([db.close(), redis.quit()]);
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
