import { type DefectSeverity, schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';

/**
 * The values the portal derives from raw rows, one definition each, as SQL over the schema tables
 * (unaliased), so the lists, the building counts and the dashboard cannot disagree.
 */
const { defects, documents, quotes, tasks } = schema;

/** Most to least severe, as the enum is declared: `min(severity)` is the highest. */
export const severityOrder: readonly DefectSeverity[] = schema.defectSeverity.enumValues;

/**
 * Severities an "open defects" count includes: information and recommendations are shown but not
 * counted, as customers expect from the portals they know.
 */
export const countedSeverities: readonly DefectSeverity[] = ['critical', 'non_conformance', 'non_critical'];

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** An invoice not fully paid (no amount: nothing to pay). */
export function invoiceUnpaid(): SQL<boolean> {
  return sql<boolean>`(coalesce(${documents.amountPaid}, 0) < coalesce(${documents.amount}, 0))`;
}

/**
 * An invoice past its due date and not fully paid. False (never null: no due date is not overdue)
 * for everything else, so `not overdue` keeps invoices without a due date.
 */
export function invoiceOverdue(): SQL<boolean> {
  return sql<boolean>`coalesce(${documents.kind} = 'invoice' and ${documents.dueOn} < current_date
    and coalesce(${documents.amountPaid}, 0) < coalesce(${documents.amount}, 0), false)`;
}

/** A quote still waiting for the customer. */
export function quoteOutstanding(): SQL<boolean> {
  return sql<boolean>`(${quotes.status} = 'pending')`;
}

/** An open defect that counts towards "open defects" (not information or a recommendation). */
export function defectCountedOpen(): SQL<boolean> {
  return sql<boolean>`(${defects.status} = 'open' and ${defects.severity} in (${list(countedSeverities)}))`;
}

/** Aggregate: the highest severity among open defects (all five count here), or null. */
export function highestOpenSeverity(): SQL<DefectSeverity | null> {
  return sql<DefectSeverity | null>`min(${defects.severity}) filter (where ${defects.status} = 'open')`;
}

export const toleranceValues = ['on_time', 'late', 'overdue', 'pending'] as const;
export type Tolerance = (typeof toleranceValues)[number];

/**
 * Where a routine task stands against its due date plus tolerance; null for reactive tasks.
 * A routine task with no due date cannot be late: performed is on time, otherwise pending.
 */
export function taskTolerance(): SQL<Tolerance | null> {
  const limit = sql`(${tasks.dueOn} + ${tasks.toleranceDays})`;
  return sql<Tolerance | null>`(case
    when ${tasks.kind} <> 'routine' then null
    when ${tasks.performedOn} is not null then
      case when ${tasks.dueOn} is null or ${tasks.performedOn} <= ${limit} then 'on_time' else 'late' end
    when ${tasks.dueOn} is not null and current_date > ${limit} then 'overdue'
    else 'pending' end)`;
}

/** The month a task is counted in: routine by due date, reactive (service calls) by creation. */
export function taskMonthDate(): SQL<string | null> {
  return sql<
    string | null
  >`(case when ${tasks.kind} = 'routine' then ${tasks.dueOn} else ${tasks.createdOn} end)`;
}

/** `YYYY-MM` to the half-open date range [first day, first day of the next month). */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/** A `date` column within the month `YYYY-MM`. */
export function inMonth(column: SQL | SQL.Aliased | { getSQL(): SQL }, month: string): SQL {
  const { from, to } = monthRange(month);
  return sql`(${column} >= ${from}::date and ${column} < ${to}::date)`;
}
