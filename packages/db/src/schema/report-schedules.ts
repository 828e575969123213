import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

export const reportKind = pgEnum('report_kind', ['adoption', 'usage']);
export type ReportKind = (typeof reportKind.enumValues)[number];
export const exportFormat = pgEnum('export_format', ['csv', 'xlsx', 'pdf']);
export type ExportFormat = (typeof exportFormat.enumValues)[number];
export const scheduleFrequency = pgEnum('schedule_frequency', ['daily', 'weekly', 'monthly']);
export type ScheduleFrequency = (typeof scheduleFrequency.enumValues)[number];
export const alertMetric = pgEnum('alert_metric', [
  'activation_rate',
  'pending_invites',
  'expired_invites',
  'email_failures',
  'monthly_active_users',
]);
export type AlertMetric = (typeof alertMetric.enumValues)[number];
export const alertComparator = pgEnum('alert_comparator', ['lt', 'gt']);
export type AlertComparator = (typeof alertComparator.enumValues)[number];
export const alertPeriod = pgEnum('alert_period', ['daily', 'weekly']);
export type AlertPeriod = (typeof alertPeriod.enumValues)[number];
export const reportRunStatus = pgEnum('report_run_status', ['queued', 'sending', 'sent', 'failed']);
export type ReportRunStatus = (typeof reportRunStatus.enumValues)[number];
export const reportRunTrigger = pgEnum('report_run_trigger', ['manual', 'schedule', 'alert']);
export type ReportRunTrigger = (typeof reportRunTrigger.enumValues)[number];

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });
const createdBy = () => uuid('created_by').references(() => officeUsers.id, { onDelete: 'set null' });

/**
 * What an export is: the report, its table (customers | emails | summary for adoption; a usage
 * section for usage), the format and the report's filters (the API's camelCase query, as JSON).
 */
const exportColumns = () => ({
  report: reportKind('report').notNull(),
  reportTable: text('report_table').notNull(),
  format: exportFormat('format').notNull(),
  filters: jsonb('filters').$type<Record<string, unknown>>().notNull().default({}),
  recipients: text('recipients').array().notNull(),
});

/** An export emailed on a calendar: daily, weekly or monthly at a wall-clock time in a time zone. */
export const reportSchedules = pgTable(
  'report_schedules',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    ...exportColumns(),
    frequency: scheduleFrequency('frequency').notNull(),
    /** `HH:MM`, 24-hour, in `timezone`. */
    time: text('time').notNull(),
    /** ISO weekday (1 = Monday … 7 = Sunday) of weekly schedules. */
    weekday: smallint('weekday'),
    /** Day of the month (1–28, so every month has it) of monthly schedules. */
    monthday: smallint('monthday'),
    /** IANA name, e.g. Europe/London. */
    timezone: text('timezone').notNull(),
    paused: boolean('paused').notNull().default(false),
    createdBy: createdBy(),
    lastRunAt: tstz('last_run_at'),
    nextRunAt: tstz('next_run_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('report_schedules_org_idx').on(t.orgId, sql`lower(${t.name})`, t.id)],
);

/** A condition on a portal metric, evaluated on a schedule; when it holds, the export is emailed. */
export const alertRules = pgTable(
  'alert_rules',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    metric: alertMetric('metric').notNull(),
    comparator: alertComparator('comparator').notNull(),
    /** In the metric's unit: a percentage (0–100) for activation_rate, a count otherwise. */
    threshold: doublePrecision('threshold').notNull(),
    /** At most one firing per period (UTC day, or ISO week). */
    period: alertPeriod('period').notNull(),
    ...exportColumns(),
    paused: boolean('paused').notNull().default(false),
    createdBy: createdBy(),
    lastFiredAt: tstz('last_fired_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('alert_rules_org_idx').on(t.orgId, sql`lower(${t.name})`, t.id)],
);

/**
 * One email of an export: a snapshot of what to send (a schedule or rule edited later does not
 * change a run already queued). The worker claims it `queued -> sending -> sent`, like invitations.
 */
export const reportRuns = pgTable(
  'report_runs',
  {
    id: id(),
    orgId: orgId(),
    trigger: reportRunTrigger('trigger').notNull(),
    scheduleId: uuid('schedule_id').references(() => reportSchedules.id, { onDelete: 'set null' }),
    alertId: uuid('alert_id').references(() => alertRules.id, { onDelete: 'set null' }),
    /** The schedule's period (local day, ISO week or month) a scheduled run belongs to. */
    periodKey: text('period_key'),
    name: text('name').notNull(),
    ...exportColumns(),
    status: reportRunStatus('status').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    error: text('error'),
    sentAt: tstz('sent_at'),
    createdBy: createdBy(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Two workers, or a scheduler firing twice, still send a period's export once.
    uniqueIndex('report_runs_schedule_period_uq').on(t.scheduleId, t.periodKey),
    index('report_runs_org_idx').on(t.orgId, t.createdAt),
    index('report_runs_sending_idx').on(t.updatedAt).where(sql`${t.status} = 'sending'`),
  ],
);

/** Each time a rule's condition held, once per rule and period. */
export const alertFirings = pgTable(
  'alert_firings',
  {
    id: id(),
    orgId: orgId(),
    ruleId: uuid('rule_id')
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    periodKey: text('period_key').notNull(),
    value: doublePrecision('value').notNull(),
    runId: uuid('run_id').references(() => reportRuns.id, { onDelete: 'set null' }),
    firedAt: createdAt(),
  },
  (t) => [uniqueIndex('alert_firings_rule_period_uq').on(t.ruleId, t.periodKey)],
);
