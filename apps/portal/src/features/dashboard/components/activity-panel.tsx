import { Spinner } from '@portico/ui';
import { useId, useState } from 'react';
import { formatAmount, monthOf } from '../../../lib/format';
import { overlayTarget, useOverlay } from '../../../lib/overlay';
import type { PortalDashboard } from '../../../lib/portal-types';
import { failureMessage } from '../../../lib/problems';
import { useMonthlyReport } from '../api/dashboard';
import { Panel } from './panel';
import { Tally } from './tally';

type Activity = NonNullable<PortalDashboard['activity']>;

/** Quotes and invoices across the portfolio, and the monthly report of them as a PDF. */
export function ActivityPanel({ activity }: { activity: Activity }) {
  const overlay = useOverlay();
  const { pendingQuotes, overdueInvoices, unpaidInvoices } = activity;
  return (
    <Panel title="Activity report" tools={<MonthlyReport />}>
      <ul className="tallies">
        {pendingQuotes && (
          <Tally
            value={pendingQuotes.count}
            label="Quotes awaiting approval"
            amount={formatAmount(pendingQuotes.amount)}
            href={overlay.href(overlayTarget('/quotes', { status: 'pending' }))}
          />
        )}
        {overdueInvoices && (
          <Tally
            value={overdueInvoices.count}
            label="Overdue invoices"
            amount={`${formatAmount(overdueInvoices.amount)} owed`}
            href={overlay.href(overlayTarget('/documents', { kind: 'invoice', overdue: true }))}
            alert
          />
        )}
        {unpaidInvoices && (
          <Tally
            value={unpaidInvoices.count}
            label="Unpaid invoices"
            amount={`${formatAmount(unpaidInvoices.amount)} owed`}
            href={overlay.href(overlayTarget('/documents', { kind: 'invoice' }))}
          />
        )}
      </ul>
    </Panel>
  );
}

/** A month (this one unless changed) and its report. */
function MonthlyReport() {
  const id = useId();
  const [month, setMonth] = useState(() => monthOf(new Date()));
  const report = useMonthlyReport();
  const valid = /^\d{4}-\d{2}$/.test(month);
  return (
    <div className="report-picker">
      <label className="visually-hidden" htmlFor={id}>
        Month of the report
      </label>
      <input
        id={id}
        type="month"
        className="report-picker__input"
        value={month}
        max={monthOf(new Date())}
        onChange={(event) => setMonth(event.target.value)}
      />
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!valid || report.isPending}
        onClick={() => report.mutate(month)}
      >
        {report.isPending && <Spinner size="sm" />}
        Download monthly report
      </button>
      {report.isError && (
        <p className="alert alert--error report-picker__error" role="alert">
          {failureMessage(report.error)}
        </p>
      )}
    </div>
  );
}
