import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Queries take either, so a service can run them inside its own transaction. */
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  pool: pg.Pool;
  close: () => Promise<void>;
}

export function createDb(
  databaseUrl: string,
  options: { max?: number; applicationName?: string } = {},
): DbHandle {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    // Sized for one API/worker process on a small machine; scale out with more processes.
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'portico',
    // Short OLTP statements only: JIT compiling a big plan costs more than running it (0.7 s of
    // JIT for a 20 ms dashboard aggregate at 6M documents).
    options: '-c jit=off',
  });
  // An idle client dying (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
