import { type DbOrTx, schema } from '@portico/db';
import type { JobMap, JobName } from './job-map';

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
    .insert(schema.outbox)
    .values(
      jobs.map((j) => ({ orgId: j.orgId, job: j.job, payload: { ...j.payload }, runAt: j.runAt ?? null })),
    );
}
