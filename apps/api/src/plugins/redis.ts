import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis;
  }
}

export const redisPlugin = fp(async (app: FastifyInstance, opts: { url: string }) => {
  const redis = new Redis(opts.url, {
    // Connect on first use: building the app (e.g. to dump the OpenAPI document) needs no Redis.
    lazyConnect: true,
    // Fail a command fast while Redis is down instead of queueing it forever.
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
  });
  redis.on('error', (err) => app.log.warn({ err: err.message }, 'redis connection error'));
  app.decorate('redis', redis);
  app.addHook('onClose', async () => {
    redis.disconnect();
  });
});
