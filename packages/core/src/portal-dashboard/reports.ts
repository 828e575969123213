import type { Readable } from 'node:stream';
import type { DbOrTx } from '@portico/db';
import { ValidationError } from '../errors';
import type { PortalView } from '../portal-auth/portal-views';
import { type PortalScope, withVisibleIds } from '../portal-content/visibility';
import { renderMonthlyReport } from './pdf/monthly-report';
import { renderRoutineReport } from './pdf/routine-report';
import {
  databaseToday,
  monthDefects,
  monthInvoices,
  monthQuotes,
  performedRoutineTasks,
} from './report-data';

/** A report ready to stream: the PDF bytes come as the reader pulls them. */
export interface PortalReportPdf {
  filename: string;
  stream: Readable;
}

/** The longest period a routine report covers: a year, leap day included. */
export const ROUTINE_REPORT_MAX_DAYS = 366;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

const viewName = (view: PortalView) => (view.kind === 'all' ? 'All my properties' : view.name);

/** A calendar date as UTC midnight, or null when it is not one (2026-02-30). */
function parseDay(value: string): Date | null {
  if (!DAY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

const formatDay = (date: Date) =>
  date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The monthly activity report PDF: quotes, invoices and defects of `month` (YYYY-MM), within access. */
export async function portalMonthlyReport(
  db: DbOrTx,
  portalScope: PortalScope,
  month: string,
): Promise<PortalReportPdf> {
  const match = MONTH.exec(month);
  if (!match)
    throw new ValidationError('The month is not valid.', [{ field: 'month', message: 'must be YYYY-MM' }]);
  const scope = await withVisibleIds(db, portalScope);
  const { access, organization } = scope.contact;
  const skip = Promise.resolve(null);
  const [quotes, invoices, defects, today] = await Promise.all([
    access.proposals ? monthQuotes(db, scope, month) : skip,
    access.invoices ? monthInvoices(db, scope, month) : skip,
    access.inspectionReports ? monthDefects(db, scope, month) : skip,
    databaseToday(db),
  ]);
  const monthLabel = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)).toLocaleDateString(
    'en-GB',
    {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    },
  );
  const stream = renderMonthlyReport({
    organizationName: organization.name,
    brandColor: organization.brandColor,
    monthLabel,
    viewName: viewName(scope.view),
    generatedOn: today,
    quotes,
    invoices,
    defects,
  });
  return { filename: `monthly-report-${month}.pdf`, stream };
}

/** The routine activity report PDF: routine tasks performed from `from` to `to`, both included. */
export async function portalRoutineReport(
  db: DbOrTx,
  scope: PortalScope,
  input: { from: string; to: string },
): Promise<PortalReportPdf> {
  const from = parseDay(input.from);
  const to = parseDay(input.to);
  if (!from || !to) {
    throw new ValidationError('The dates are not valid.', [
      ...(from ? [] : [{ field: 'from', message: 'must be a date YYYY-MM-DD' }]),
      ...(to ? [] : [{ field: 'to', message: 'must be a date YYYY-MM-DD' }]),
    ]);
  }
  if (to < from) {
    throw new ValidationError('The period ends before it starts.', [
      { field: 'to', message: 'must be on or after from' },
    ]);
  }
  if ((to.getTime() - from.getTime()) / MS_PER_DAY + 1 > ROUTINE_REPORT_MAX_DAYS) {
    throw new ValidationError(`The period is longer than ${ROUTINE_REPORT_MAX_DAYS} days.`, [
      { field: 'to', message: `must be within ${ROUTINE_REPORT_MAX_DAYS} days of from` },
    ]);
  }
  const [tasks, today] = await Promise.all([
    performedRoutineTasks(db, scope, input.from, input.to),
    databaseToday(db),
  ]);
  const stream = renderRoutineReport({
    organizationName: scope.contact.organization.name,
    brandColor: scope.contact.organization.brandColor,
    rangeLabel: `${formatDay(from)} to ${formatDay(to)}`,
    viewName: viewName(scope.view),
    generatedOn: today,
    tasks,
  });
  return { filename: `routine-report-${input.from}-to-${input.to}.pdf`, stream };
}
