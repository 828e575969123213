import { type DbOrTx, type DefectSeverity, schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import { inMonth, invoiceOverdue, taskTolerance } from '../portal-content/derived';
import {
  buildingVisible,
  defectVisible,
  documentVisible,
  type PortalScope,
  quoteVisible,
} from '../portal-content/visibility';

/** What the report PDFs list, read through the same visibility helpers as every portal page. */
const { accounts, assets, buildings, defects, documents, quotes, tasks } = schema;

/** A section longer than this is cut with a note: a report is a summary, the lists have the rest. */
export const REPORT_ROW_LIMIT = 1000;

export interface Capped<T> {
  rows: T[];
  /** How many rows matched, also beyond the limit. */
  total: number;
}

export interface ReportQuote {
  number: string | null;
  title: string;
  buildingName: string;
  kind: string;
  status: string;
  amount: number;
  currency: string;
  issuedOn: string;
}

export interface ReportInvoice {
  number: string | null;
  title: string;
  buildingName: string | null;
  accountName: string;
  issuedOn: string;
  dueOn: string | null;
  amount: number | null;
  amountPaid: number | null;
  currency: string;
  overdue: boolean;
}

export interface ReportDefect {
  raisedOn: string;
  buildingName: string;
  assetType: string;
  assetName: string | null;
  severity: DefectSeverity;
  status: string;
  description: string;
}

export interface ReportRoutineTask {
  performedOn: string;
  dueOn: string | null;
  buildingName: string;
  title: string;
  assetName: string | null;
  tolerance: 'on_time' | 'late';
}

const day = (column: SQL | { getSQL(): SQL }) => sql`to_char(${column}, 'YYYY-MM-DD')`;

/** Runs a list query with `count(*) over ()` so the cap costs no second round trip. */
async function capped<T>(db: DbOrTx, query: SQL): Promise<Capped<T>> {
  const result = await db.execute(sql`${query} limit ${REPORT_ROW_LIMIT}`);
  const found = result.rows as (T & { total: number })[];
  const rows = found.map(({ total: _total, ...row }) => row as T);
  return { rows, total: found[0]?.total ?? 0 };
}

export function monthQuotes(db: DbOrTx, scope: PortalScope, month: string) {
  return capped<ReportQuote>(
    db,
    sql`select ${quotes.number} as number, ${quotes.title} as title, b.name as "buildingName",
        ${quotes.kind} as kind, ${quotes.status} as status, ${quotes.amount}::float8 as amount,
        ${quotes.currency} as currency, ${day(quotes.issuedOn)} as "issuedOn", (count(*) over ())::int as total
      from ${quotes} join ${buildings} b on b.id = ${quotes.buildingId}
      where ${quoteVisible(scope)} and ${inMonth(quotes.issuedOn, month)}
      order by ${quotes.issuedOn}, ${quotes.number} nulls last, ${quotes.id}`,
  );
}

export function monthInvoices(db: DbOrTx, scope: PortalScope, month: string) {
  return capped<ReportInvoice>(
    db,
    sql`select ${documents.number} as number, ${documents.title} as title, b.name as "buildingName",
        a.name as "accountName", ${day(documents.issuedOn)} as "issuedOn", ${day(documents.dueOn)} as "dueOn",
        ${documents.amount}::float8 as amount, ${documents.amountPaid}::float8 as "amountPaid",
        ${documents.currency} as currency, ${invoiceOverdue()} as overdue, (count(*) over ())::int as total
      from ${documents} join ${accounts} a on a.id = ${documents.accountId}
        left join ${buildings} b on b.id = ${documents.buildingId}
      where ${documentVisible(scope, ['invoice'])} and ${inMonth(documents.issuedOn, month)}
      order by ${documents.issuedOn}, ${documents.number} nulls last, ${documents.id}`,
  );
}

export function monthDefects(db: DbOrTx, scope: PortalScope, month: string) {
  return capped<ReportDefect>(
    db,
    sql`select ${day(defects.raisedOn)} as "raisedOn", b.name as "buildingName", ${defects.assetType} as "assetType",
        s.name as "assetName", ${defects.severity} as severity, ${defects.status} as status,
        left(${defects.description}, 300) as description, (count(*) over ())::int as total
      from ${defects} join ${buildings} b on b.id = ${defects.buildingId}
        left join ${assets} s on s.id = ${defects.assetId}
      where ${defectVisible(scope)} and ${inMonth(defects.raisedOn, month)}
      order by ${defects.raisedOn}, ${defects.severity}, b.name, ${defects.id}`,
  );
}

/** Routine tasks performed between two dates (inclusive), with how they stood against tolerance. */
export async function performedRoutineTasks(
  db: DbOrTx,
  scope: PortalScope,
  from: string,
  to: string,
): Promise<Capped<ReportRoutineTask> & { late: number }> {
  const result = await db.execute(sql`
    select t.*, (count(*) over ())::int as total,
      (count(*) filter (where t.tolerance = 'late') over ())::int as "lateTotal"
    from (select ${day(tasks.performedOn)} as "performedOn", ${day(tasks.dueOn)} as "dueOn",
        b.name as "buildingName", ${tasks.title} as title, s.name as "assetName",
        ${taskTolerance()} as tolerance, ${tasks.id} as id
      from ${tasks} join ${buildings} b on b.id = ${tasks.buildingId}
        left join ${assets} s on s.id = ${tasks.assetId}
      where ${tasks.orgId} = ${scope.contact.orgId} and ${tasks.kind} = 'routine'
        and ${buildingVisible(scope, tasks.buildingId)}
        and ${tasks.performedOn} >= ${from}::date and ${tasks.performedOn} <= ${to}::date) t
    order by t."performedOn", t."buildingName", t.title, t.id
    limit ${REPORT_ROW_LIMIT}`);
  const found = result.rows as unknown as (ReportRoutineTask & {
    id: string;
    total: number;
    lateTotal: number;
  })[];
  const first = found[0];
  return {
    rows: found.map(({ total: _t, lateTotal: _l, id: _id, ...row }) => row as ReportRoutineTask),
    total: first?.total ?? 0,
    late: first?.lateTotal ?? 0,
  };
}

/** Today by the database's clock, the same clock "overdue" is judged by. */
export async function databaseToday(db: DbOrTx): Promise<string> {
  const result = await db.execute(sql`select to_char(current_date, 'YYYY-MM-DD') as today`);
  return (result.rows[0] as { today: string } | undefined)?.today ?? new Date().toISOString().slice(0, 10);
}
