import { type Db, schema } from '@portico/db';
import { eq } from 'drizzle-orm';
import { nextOccurrence, schedulePeriodKey } from './recurrence';
import { queueReportRun } from './runs';

const { reportSchedules } = schema;

export type ScheduleFireOutcome =
  | { queued: true; runId: string; periodKey: string }
  | { queued: false; reason: 'missing' | 'paused' | 'already_sent'; periodKey?: string };

/**
 * A schedule's job scheduler fired for `fireAt`: queue the period's run unless one exists. The
 * unique (schedule, period) index makes this safe against duplicate fires and parallel workers.
 */
export async function fireReportSchedule(
  db: Db,
  scheduleId: string,
  fireAt: Date,
): Promise<ScheduleFireOutcome> {
  return db.transaction(async (tx) => {
    const s = await tx.query.reportSchedules.findFirst({ where: eq(reportSchedules.id, scheduleId) });
    if (!s) return { queued: false, reason: 'missing' };
    if (s.paused) return { queued: false, reason: 'paused' };
    const periodKey = schedulePeriodKey(s, fireAt);
    const run = await queueReportRun(tx, {
      orgId: s.orgId,
      trigger: 'schedule',
      scheduleId: s.id,
      periodKey,
      name: s.name,
      report: s.report,
      reportTable: s.reportTable,
      format: s.format,
      filters: s.filters,
      recipients: s.recipients,
      createdBy: s.createdBy,
    });
    await tx
      .update(reportSchedules)
      .set({ ...(run ? { lastRunAt: fireAt } : {}), nextRunAt: nextOccurrence(s, fireAt) })
      .where(eq(reportSchedules.id, s.id));
    return run
      ? { queued: true, runId: run.id, periodKey }
      : { queued: false, reason: 'already_sent', periodKey };
  });
}

/** What the worker needs to (re)register a schedule's job scheduler; null when it should not run. */
export async function activeReportSchedule(db: Db, scheduleId: string) {
  const s = await db.query.reportSchedules.findFirst({ where: eq(reportSchedules.id, scheduleId) });
  return s && !s.paused ? s : null;
}

/** Every active schedule (the worker registers them all at start and after Redis comes back). */
export async function activeReportSchedules(db: Db) {
  return db.select().from(reportSchedules).where(eq(reportSchedules.paused, false));
}
