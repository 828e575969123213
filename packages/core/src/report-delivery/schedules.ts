import { type DbOrTx, schema } from '@portico/db';
import { and, count, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { enqueueJobs } from '../jobs/outbox';
import { keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { checkTarget, type ExportTarget } from './export-target';
import { isTimeZone, nextOccurrence, type Recurrence, TIME } from './recurrence';
import { queueReportRun, type ReportRunDto, toRunDto } from './runs';

const { reportSchedules } = schema;

export type ReportSchedule = typeof reportSchedules.$inferSelect;

export interface ReportScheduleInput extends ExportTarget, Recurrence {
  name: string;
}

export function toScheduleDto(s: ReportSchedule) {
  return {
    id: s.id,
    name: s.name,
    report: s.report,
    table: s.reportTable,
    format: s.format,
    filters: s.filters,
    recipients: s.recipients,
    frequency: s.frequency,
    time: s.time,
    weekday: s.weekday,
    monthday: s.monthday,
    timezone: s.timezone,
    paused: s.paused,
    lastRunAt: s.lastRunAt,
    nextRunAt: s.nextRunAt,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}
export type ReportScheduleDto = ReturnType<typeof toScheduleDto>;

function checkRecurrence(r: Recurrence): Recurrence {
  const errors: { field: string; message: string }[] = [];
  if (!TIME.test(r.time)) errors.push({ field: 'time', message: 'must be HH:MM (24-hour)' });
  if (!isTimeZone(r.timezone)) errors.push({ field: 'timezone', message: 'is not an IANA time zone' });
  if (r.frequency === 'weekly' && !(r.weekday && r.weekday >= 1 && r.weekday <= 7))
    errors.push({ field: 'weekday', message: 'a weekly schedule needs a weekday, 1 (Monday) to 7' });
  if (r.frequency === 'monthly' && !(r.monthday && r.monthday >= 1 && r.monthday <= 28))
    errors.push({ field: 'monthday', message: 'a monthly schedule needs a day, 1 to 28' });
  if (errors.length > 0) throw new ValidationError('The schedule is not valid.', errors);
  // Only the field the frequency uses is kept, so a weekday never lingers on a monthly schedule.
  return {
    ...r,
    weekday: r.frequency === 'weekly' ? r.weekday : null,
    monthday: r.frequency === 'monthly' ? r.monthday : null,
  };
}

function valuesOf(input: ReportScheduleInput, now: Date) {
  const name = input.name.trim();
  if (!name)
    throw new ValidationError('The schedule is not valid.', [{ field: 'name', message: 'is required' }]);
  const target = checkTarget(input);
  const recurrence = checkRecurrence(input);
  return {
    name,
    report: target.report,
    reportTable: target.table,
    format: target.format,
    filters: target.filters,
    recipients: target.recipients,
    frequency: recurrence.frequency,
    time: recurrence.time,
    weekday: recurrence.weekday,
    monthday: recurrence.monthday,
    timezone: recurrence.timezone,
    nextRunAt: nextOccurrence(recurrence, now),
  };
}

/** Every change re-syncs the worker's job scheduler, in the same transaction as the change. */
const syncJob = (orgId: string, scheduleId: string) =>
  ({ orgId, job: 'reportSchedule.sync', payload: { scheduleId } }) as const;

async function findOwn(db: DbOrTx, ctx: OfficeContext, id: string): Promise<ReportSchedule> {
  const row = await db.query.reportSchedules.findFirst({
    where: and(eq(reportSchedules.id, id), eq(reportSchedules.orgId, ctx.orgId)),
  });
  if (!row) throw new NotFoundError('Schedule');
  return row;
}

export async function createReportSchedule(
  db: DbOrTx,
  ctx: OfficeContext,
  input: ReportScheduleInput,
  now = new Date(),
) {
  const values = valuesOf(input, now);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reportSchedules)
      .values({ ...values, orgId: ctx.orgId, paused: false, createdBy: ctx.actor.id })
      .returning();
    if (!row) throw new Error('insert returned no row');
    await enqueueJobs(tx, [syncJob(ctx.orgId, row.id)]);
    return toScheduleDto(row);
  });
}

export async function getReportSchedule(db: DbOrTx, ctx: OfficeContext, id: string) {
  return toScheduleDto(await findOwn(db, ctx, id));
}

const keyset = {
  keys: [sql`lower(${reportSchedules.name})`, sql`${reportSchedules.id}`],
  types: ['text', 'uuid'],
};

export async function listReportSchedules(
  db: DbOrTx,
  ctx: OfficeContext,
  page: PageRequest,
): Promise<Page<ReportScheduleDto>> {
  const q = keysetPage(keyset, page);
  const where = eq(reportSchedules.orgId, ctx.orgId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ row: reportSchedules, cursorKeys: q.cursorKeys })
      .from(reportSchedules)
      .where(q.after ? and(where, q.after) : where)
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db.select({ n: count() }).from(reportSchedules).where(where),
  ]);
  return toPage(
    rows.map((r) => ({ ...toScheduleDto(r.row), cursorKeys: r.cursorKeys })),
    page.limit,
    total?.n ?? 0,
  );
}

/** Replaces the schedule's settings (the office console edits the whole schedule at once). */
export async function updateReportSchedule(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: ReportScheduleInput,
  now = new Date(),
) {
  const values = valuesOf(input, now);
  return db.transaction(async (tx) => {
    await findOwn(tx, ctx, id);
    const [row] = await tx
      .update(reportSchedules)
      .set(values)
      .where(and(eq(reportSchedules.id, id), eq(reportSchedules.orgId, ctx.orgId)))
      .returning();
    if (!row) throw new NotFoundError('Schedule');
    await enqueueJobs(tx, [syncJob(ctx.orgId, id)]);
    return toScheduleDto(row);
  });
}

export async function setReportSchedulePaused(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  paused: boolean,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const current = await findOwn(tx, ctx, id);
    const [row] = await tx
      .update(reportSchedules)
      .set({ paused, nextRunAt: paused ? null : nextOccurrence(current, now) })
      .where(and(eq(reportSchedules.id, id), eq(reportSchedules.orgId, ctx.orgId)))
      .returning();
    if (!row) throw new NotFoundError('Schedule');
    await enqueueJobs(tx, [syncJob(ctx.orgId, id)]);
    return toScheduleDto(row);
  });
}

export async function deleteReportSchedule(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(reportSchedules)
      .where(and(eq(reportSchedules.id, id), eq(reportSchedules.orgId, ctx.orgId)))
      .returning({ id: reportSchedules.id });
    if (deleted.length === 0) throw new NotFoundError('Schedule');
    await enqueueJobs(tx, [syncJob(ctx.orgId, id)]);
  });
}

/** A copy named "… (copy)", paused, so a duplicate never doubles the emails before it is edited. */
export async function duplicateReportSchedule(db: DbOrTx, ctx: OfficeContext, id: string) {
  return db.transaction(async (tx) => {
    const { id: _id, createdAt: _c, updatedAt: _u, lastRunAt: _l, ...source } = await findOwn(tx, ctx, id);
    const [row] = await tx
      .insert(reportSchedules)
      .values({
        ...source,
        name: `${source.name} (copy)`,
        paused: true,
        nextRunAt: null,
        createdBy: ctx.actor.id,
      })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return toScheduleDto(row);
  });
}

/** Sends the schedule's export now, outside its calendar (no period: it never blocks the next). */
export async function sendReportScheduleNow(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
): Promise<ReportRunDto> {
  return db.transaction(async (tx) => {
    const s = await findOwn(tx, ctx, id);
    const run = await queueReportRun(tx, {
      orgId: ctx.orgId,
      trigger: 'manual',
      scheduleId: s.id,
      name: s.name,
      report: s.report,
      reportTable: s.reportTable,
      format: s.format,
      filters: s.filters,
      recipients: s.recipients,
      createdBy: ctx.actor.id,
    });
    if (!run) throw new Error('a run without a period cannot conflict');
    return toRunDto(run);
  });
}
