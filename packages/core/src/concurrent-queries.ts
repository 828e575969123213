import type { DbOrTx } from '@portico/db';
import { PgTransaction } from 'drizzle-orm/pg-core';

/**
 * Runs independent read queries: in parallel on a pool (each takes its own connection), one after
 * another inside a transaction, whose single connection cannot run two queries at once (pg queues
 * them today, with a deprecation warning, and will refuse them in its next major).
 */
export async function runQueries<T extends readonly unknown[]>(
  db: DbOrTx,
  queries: readonly [...{ [K in keyof T]: () => Promise<T[K]> }],
): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(queries.map((q) => q()))) as unknown as T;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as unknown as T;
}
