import { createDb, type Db } from '@portico/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export const databasePlugin = fp(async (app: FastifyInstance, opts: { url: string; poolSize: number }) => {
  const handle = createDb(opts.url, { max: opts.poolSize, applicationName: 'portico-api' });
  app.decorate('db', handle.db);
  app.addHook('onClose', () => handle.close());
});
