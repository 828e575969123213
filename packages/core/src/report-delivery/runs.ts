import { type DbOrTx, schema } from '@portico/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { enqueueJobs } from '../jobs/outbox';
import { checkTarget, type ExportTarget } from './export-target';

const { organizations, reportRuns } = schema;

export type ReportRun = typeof reportRuns.$inferSelect;

/** A run's row as the API shows it. */
export function toRunDto(run: ReportRun) {
  return {
    id: run.id,
    trigger: run.trigger,
    scheduleId: run.scheduleId,
    alertId: run.alertId,
    name: run.name,
    report: run.report,
    table: run.reportTable,
    format: run.format,
    recipients: run.recipients,
    status: run.status,
    error: run.error,
    sentAt: run.sentAt,
    createdAt: run.createdAt,
  };
}
export type ReportRunDto = ReturnType<typeof toRunDto>;

type NewRun = Omit<typeof reportRuns.$inferInsert, 'id' | 'status' | 'attempts'>;

/**
 * Queues one email of an export: the run row and its outbox job commit together. With a schedule
 * and a period key, a second run of the same period inserts nothing and answers null.
 */
export async function queueReportRun(tx: DbOrTx, run: NewRun): Promise<ReportRun | null> {
  const [row] = await tx.insert(reportRuns).values(run).onConflictDoNothing().returning();
  if (!row) return null;
  await enqueueJobs(tx, [{ orgId: row.orgId, job: 'reportRun.send', payload: { runId: row.id } }]);
  return row;
}

/** `POST /reports/send`: email an export now, to the recipients given. */
export async function sendReportNow(
  db: DbOrTx,
  ctx: OfficeContext,
  input: ExportTarget & { name?: string },
): Promise<ReportRunDto> {
  const target = checkTarget(input);
  const run = await db.transaction((tx) =>
    queueReportRun(tx, {
      orgId: ctx.orgId,
      trigger: 'manual',
      name: input.name?.trim() || `Portal ${target.report} report`,
      report: target.report,
      reportTable: target.table,
      format: target.format,
      filters: target.filters,
      recipients: target.recipients,
      createdBy: ctx.actor.id,
    }),
  );
  if (!run) throw new Error('a manual run cannot conflict');
  return toRunDto(run);
}

export interface ClaimedRun {
  run: ReportRun;
  organizationName: string;
  from: string | null;
}

/**
 * Claims a run for sending (`queued -> sending`, attempts + 1). Null when another job has it or it
 * is done: BullMQ is at-least-once, and this conditional UPDATE is what makes the email once.
 */
export async function claimReportRun(db: DbOrTx, runId: string): Promise<ClaimedRun | null> {
  const [run] = await db
    .update(reportRuns)
    .set({ status: 'sending', attempts: sql`${reportRuns.attempts} + 1` })
    .where(and(eq(reportRuns.id, runId), eq(reportRuns.status, 'queued')))
    .returning();
  if (!run) return null;
  const org = await db.query.organizations.findFirst({
    where: eq(organizations.id, run.orgId),
    columns: { name: true, defaultEmailFrom: true },
  });
  return { run, organizationName: org?.name ?? 'Portico', from: org?.defaultEmailFrom ?? null };
}

export async function markReportRunSent(db: DbOrTx, runId: string): Promise<void> {
  await db
    .update(reportRuns)
    .set({ status: 'sent', sentAt: new Date(), error: null })
    .where(and(eq(reportRuns.id, runId), eq(reportRuns.status, 'sending')));
}

/** Gives the run back for the queue's retry, keeping the reason. */
export async function releaseReportRun(db: DbOrTx, runId: string, error: string): Promise<void> {
  await db
    .update(reportRuns)
    .set({ status: 'queued', error })
    .where(and(eq(reportRuns.id, runId), eq(reportRuns.status, 'sending')));
}

export async function failReportRun(db: DbOrTx, runId: string, error: string): Promise<void> {
  await db
    .update(reportRuns)
    .set({ status: 'failed', error })
    .where(and(eq(reportRuns.id, runId), eq(reportRuns.status, 'sending')));
}

/**
 * Runs left in `sending` (a worker died mid-send) go back to the queue with a new job. Duplicates
 * after such a crash are bounded by the runs in flight, as for invitations.
 */
export async function reconcileReportRuns(db: DbOrTx, olderThan: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const stuck = await tx
      .update(reportRuns)
      .set({ status: 'queued' })
      .where(and(eq(reportRuns.status, 'sending'), lt(reportRuns.updatedAt, olderThan)))
      .returning({ id: reportRuns.id, orgId: reportRuns.orgId });
    await enqueueJobs(
      tx,
      stuck.map((r) => ({ orgId: r.orgId, job: 'reportRun.send' as const, payload: { runId: r.id } })),
    );
    return stuck.length;
  });
}
