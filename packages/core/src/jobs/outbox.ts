import { type DbOrTx, schema } from '@portico/db';
import { inArray, lt } from 'drizzle-orm';
import type { JobMap, JobName } from './job-map';

const { outbox } = schema;

export interface OutboxJob<N extends JobName = JobName> {
  orgId: string;
  job: N;
  payload: JobMap[N];
  /** Run no earlier than this (delayed jobs: expiry, reminders). */
  runAt?: Date;
}

/**
 * Writes jobs into the outbox. Call it with the transaction that makes the state change, so the
 * change and the work it causes commit (or vanish) together.
 */
export async function enqueueJobs(tx: DbOrTx, jobs: OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await tx
    .insert(outbox)
    .values(
      jobs.map((j) => ({ orgId: j.orgId, job: j.job, payload: { ...j.payload }, runAt: j.runAt ?? null })),
    );
}

/**
 * Deletes up to `limit` rows relayed before `olderThan` and returns how many: one short statement
 * (its own transaction), so a caller pruning a large backlog loops, and never holds many locks or
 * a long transaction. A relayed row is history: its job is in BullMQ, and nothing reads it again
 * (the sweeps look only for unrelayed rows). Unrelayed rows are work still to do and are never
 * touched, however old. SKIP LOCKED lets concurrent prunes split the rows instead of waiting.
 */
export async function pruneRelayedOutbox(db: DbOrTx, olderThan: Date, limit = 5000): Promise<number> {
  const batch = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(lt(outbox.relayedAt, olderThan))
    .limit(limit)
    .for('update', { skipLocked: true });
  const deleted = await db.delete(outbox).where(inArray(outbox.id, batch)).returning({ id: outbox.id });
  return deleted.length;
}
