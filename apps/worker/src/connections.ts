import { createDb, type DbHandle } from '@portico/db';
import { createMailTransport, type MailTransport } from '@portico/email';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { WorkerConfig } from './config';

export interface Connections {
  db: DbHandle;
  /**
   * Queues, schedulers and the relay's addBulk. No offline queue: while Redis is unreachable a
   * command fails at once, so the relay leaves its rows in the outbox and backs off instead of
   * piling commands up in memory.
   */
  producer: Redis;
  /** BullMQ workers. Blocking commands need maxRetriesPerRequest: null (BullMQ insists). */
  consumer: Redis;
  transport: MailTransport;
  close: () => Promise<void>;
}

/** One warning when a connection drops and one line when it is back, not one per retry. */
function watch(redis: Redis, name: string, log: Logger): void {
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    log.warn({ connection: name, err: err.message }, 'redis unreachable; retrying');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.info({ connection: name }, 'redis reachable again');
  });
}

async function quit(redis: Redis): Promise<void> {
  // QUIT waits for a reply a dead server never sends; cut the socket after a moment.
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
  await Promise.race([redis.quit().then(() => undefined), timeout]).catch(() => undefined);
  redis.disconnect();
}

export function openConnections(config: WorkerConfig, log: Logger): Connections {
  const db = createDb(config.databaseUrl, {
    max: config.databasePoolSize,
    applicationName: 'portico-worker',
  });
  const producer = new Redis(config.redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectionName: 'portico-worker-producer',
  });
  const consumer = new Redis(config.redisUrl, {
    maxRetriesPerRequest: null,
    connectionName: 'portico-worker-consumer',
  });
  watch(producer, 'producer', log);
  watch(consumer, 'consumer', log);
  const transport = createMailTransport(config.smtpUrl, { maxConnections: config.smtpMaxConnections });
  return {
    db,
    producer,
    consumer,
    transport,
    close: async () => {
      transport.close();
      await Promise.allSettled([db.close(), quit(producer), quit(consumer)]);
    },
  };
}
