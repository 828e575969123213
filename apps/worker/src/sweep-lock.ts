import type { Db, Tx } from '@portico/db';
import { sql } from 'drizzle-orm';

/**
 * Runs `work` in a transaction holding a PostgreSQL advisory lock named for the sweep, or answers
 * null at once if another run (in this worker or another) holds it. Sweeps are scheduled per
 * period whatever the number of workers, but a slow run overlaps the next ones (the lifecycle
 * queue runs several jobs at once): those skip instead of repeating its work. The lock ends with
 * the transaction, so a worker that dies mid-run releases it with its connection.
 */
export async function withSweepLock<T>(
  db: Db,
  name: string,
  work: (tx: Tx) => Promise<T>,
): Promise<T | null> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ locked: boolean }>(
      sql`select pg_try_advisory_xact_lock(hashtext(${`portico:${name}`})) as locked`,
    );
    if (!rows[0]?.locked) return null;
    // Sweeps run short indexed statements over pages; compiling one (JIT) costs more than it saves.
    await tx.execute(sql`set local jit = off`);
    return work(tx);
  });
}
