import { type DbOrTx, schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import {
  defectCountedOpen,
  highestOpenSeverity,
  invoiceOverdue,
  quoteOutstanding,
  taskTolerance,
} from '../portal-content/derived';
import {
  buildingVisible,
  defectVisible,
  documentVisible,
  type PortalScope,
  quoteVisible,
} from '../portal-content/visibility';
import type {
  DefectAssetType,
  DefectMonth,
  RoutineMonth,
  ServiceCallMonth,
  SpendMonth,
} from './dashboard-types';

/**
 * One query per dashboard section. Each filters through the visibility helpers and the derived
 * definitions in portal-content, so a number here always matches the list it links to.
 */
const { assets, defects, documents, quotes, tasks } = schema;

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

/** The 12 months ending with the database's current month, oldest first, as `months(start, month)`. */
const lastTwelveMonths = sql`months as (
  select m::date as start, to_char(m, 'YYYY-MM') as month
  from generate_series(date_trunc('month', current_date) - interval '11 months',
    date_trunc('month', current_date), interval '1 month') m)`;

const withinMonth = (column: SQL) => sql`${column} >= m.start and ${column} < (m.start + interval '1 month')`;

/** An invoice not fully paid (overdue or not yet due). */
const invoiceUnpaid = sql`(coalesce(${documents.amountPaid}, 0) < coalesce(${documents.amount}, 0))`;
const invoiceBalance = sql`(coalesce(${documents.amount}, 0) - coalesce(${documents.amountPaid}, 0))`;

export interface HeadlineRow {
  overdueCount: number;
  overdueAmount: number;
  unpaidCount: number;
  unpaidAmount: number;
  pendingCount: number;
  pendingAmount: number;
  openDefects: number;
}

/** The counts and the activity report's totals, in one round trip. Amounts are balances owed. */
export async function headlineNumbers(db: DbOrTx, scope: PortalScope): Promise<HeadlineRow> {
  const [row] = await rows<HeadlineRow>(
    db,
    sql`select inv.*, q.*, d.* from
      (select count(*) filter (where ${invoiceOverdue()})::int as "overdueCount",
          coalesce(sum(${invoiceBalance}) filter (where ${invoiceOverdue()}), 0)::float8 as "overdueAmount",
          count(*)::int as "unpaidCount",
          coalesce(sum(${invoiceBalance}), 0)::float8 as "unpaidAmount"
        from ${documents} where ${documentVisible(scope, ['invoice'])} and ${invoiceUnpaid}) inv,
      (select count(*)::int as "pendingCount", coalesce(sum(${quotes.amount}), 0)::float8 as "pendingAmount"
        from ${quotes} where ${quoteVisible(scope)} and ${quoteOutstanding()}) q,
      (select count(*)::int as "openDefects"
        from ${defects} where ${defectVisible(scope)} and ${defectCountedOpen()}) d`,
  );
  return row as HeadlineRow;
}

/** Defects by the month they were raised: still open by severity, or resolved. */
export async function defectsByMonth(db: DbOrTx, scope: PortalScope): Promise<DefectMonth[]> {
  const result = await rows<{ month: string; resolved: number } & DefectMonth['open']>(
    db,
    sql`with ${lastTwelveMonths},
      d as (select ${defects.raisedOn} as raised_on, ${defects.status} as status, ${defects.severity} as severity
        from ${defects}
        where ${defectVisible(scope)} and ${defects.raisedOn} >= (select min(start) from months))
      select m.month,
        count(*) filter (where d.status = 'open' and d.severity = 'critical')::int as "critical",
        count(*) filter (where d.status = 'open' and d.severity = 'non_conformance')::int as "nonConformance",
        count(*) filter (where d.status = 'open' and d.severity = 'non_critical')::int as "nonCritical",
        count(*) filter (where d.status = 'open' and d.severity = 'recommendation')::int as "recommendation",
        count(*) filter (where d.status = 'open' and d.severity = 'info')::int as "info",
        count(*) filter (where d.status = 'resolved')::int as "resolved"
      from months m left join d on ${withinMonth(sql`d.raised_on`)}
      group by m.month order by m.month`,
  );
  return result.map(({ month, resolved, ...open }) => ({
    month,
    open: {
      critical: open.critical,
      nonConformance: open.nonConformance,
      nonCritical: open.nonCritical,
      recommendation: open.recommendation,
      info: open.info,
    },
    resolved,
  }));
}

/**
 * Asset types with how many assets the customer has of each, their open defects (the counted
 * severities) and the highest open severity of any defect of that type (all five severities).
 */
export async function defectsByAssetType(db: DbOrTx, scope: PortalScope): Promise<DefectAssetType[]> {
  return rows<DefectAssetType>(
    db,
    sql`with a as (
        select ${assets.assetType} as asset_type, count(*)::int as assets from ${assets}
        where ${assets.orgId} = ${scope.contact.orgId} and ${buildingVisible(scope, assets.buildingId)}
        group by 1),
      d as (
        select ${defects.assetType} as asset_type, ${highestOpenSeverity()} as highest,
          (count(*) filter (where ${defectCountedOpen()}))::int as open_defects
        from ${defects} where ${defectVisible(scope)} and ${defects.status} = 'open'
        group by 1)
      select coalesce(a.asset_type, d.asset_type) as "assetType", d.highest as "highestSeverity",
        coalesce(d.open_defects, 0) as "openDefects", coalesce(a.assets, 0) as "assets"
      from a full join d on d.asset_type = a.asset_type
      order by 1`,
  );
}

/** Routine tasks of a calendar year by due month and tolerance; the year defaults to the database's. */
export async function routineByMonth(
  db: DbOrTx,
  scope: PortalScope,
  year: number | undefined,
): Promise<{ year: number; months: RoutineMonth[] }> {
  const result = await rows<RoutineMonth & { year: number }>(
    db,
    sql`with y as (select coalesce(${year ?? null}::int, extract(year from current_date)::int) as year),
      months as (
        select m::date as start, to_char(m, 'YYYY-MM') as month
        from y, generate_series(make_date(y.year, 1, 1), make_date(y.year, 12, 1), interval '1 month') m),
      t as (select ${tasks.dueOn} as due_on, ${taskTolerance()} as tolerance from ${tasks}, y
        where ${tasks.orgId} = ${scope.contact.orgId} and ${tasks.kind} = 'routine'
          and ${buildingVisible(scope, tasks.buildingId)}
          and ${tasks.dueOn} >= make_date(y.year, 1, 1) and ${tasks.dueOn} < make_date(y.year + 1, 1, 1))
      select (select year from y) as year, m.month,
        count(*) filter (where t.tolerance = 'on_time')::int as "onTime",
        count(*) filter (where t.tolerance = 'late')::int as "late",
        count(*) filter (where t.tolerance = 'overdue')::int as "overdue",
        count(*) filter (where t.tolerance = 'pending')::int as "pending"
      from months m left join t on ${withinMonth(sql`t.due_on`)}
      group by m.month order by m.month`,
  );
  const months = result.map(({ year: _year, ...month }) => month);
  return { year: result[0]?.year ?? year ?? new Date().getFullYear(), months };
}

/** Reactive tasks (service calls) by the month they were created, by stage. */
export async function serviceCallsByMonth(db: DbOrTx, scope: PortalScope): Promise<ServiceCallMonth[]> {
  return rows<ServiceCallMonth>(
    db,
    sql`with ${lastTwelveMonths},
      t as (select ${tasks.createdOn} as created_on, ${tasks.stage} as stage from ${tasks}
        where ${tasks.orgId} = ${scope.contact.orgId} and ${tasks.kind} = 'reactive'
          and ${buildingVisible(scope, tasks.buildingId)}
          and ${tasks.createdOn} >= (select min(start) from months))
      select m.month,
        count(*) filter (where t.stage = 'on_hold')::int as "onHold",
        count(*) filter (where t.stage = 'ready')::int as "ready",
        count(*) filter (where t.stage = 'in_progress')::int as "inProgress",
        count(*) filter (where t.stage = 'performed')::int as "performed",
        count(*) filter (where t.stage = 'complete')::int as "complete"
      from months m left join t on ${withinMonth(sql`t.created_on`)}
      group by m.month order by m.month`,
  );
}

/** Invoiced (by issue date) and paid (by payment date) amounts of visible invoices per month. */
export async function spendByMonth(db: DbOrTx, scope: PortalScope): Promise<SpendMonth[]> {
  return rows<SpendMonth>(
    db,
    sql`with ${lastTwelveMonths},
      inv as (select ${documents.issuedOn} as issued_on, ${documents.paidOn} as paid_on,
          ${documents.amount} as amount, ${documents.amountPaid} as amount_paid
        from ${documents}
        where ${documentVisible(scope, ['invoice'])}
          and (${documents.issuedOn} >= (select min(start) from months)
            or ${documents.paidOn} >= (select min(start) from months)))
      select m.month,
        coalesce((select sum(inv.amount) from inv where ${withinMonth(sql`inv.issued_on`)}), 0)::float8 as "invoiced",
        coalesce((select sum(inv.amount_paid) from inv where ${withinMonth(sql`inv.paid_on`)}), 0)::float8 as "paid"
      from months m order by m.month`,
  );
}
