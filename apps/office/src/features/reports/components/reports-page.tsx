import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import type { ExportTarget } from '../api/exports';
import { periodStart } from '../api/usage';
import { useReportTable } from '../hooks/use-report-table';
import { useReportUrl } from '../hooks/use-report-url';
import { isFiltered, noFilters, toReportQuery } from '../utils/report-filters';
import { newDraft } from '../utils/schedule-form';
import { AlertsSection } from './alerts-section';
import { ChannelShiftSection } from './channel-shift-section';
import { ExportMenu } from './export-menu';
import { HeadlineCards } from './headline-cards';
import { ReportFilters } from './report-filters';
import { ReportTableSection } from './report-table-section';
import { SchedulesSection } from './schedules-section';
import { SendDialog } from './send-dialog';
import { UsageSection } from './usage-section';

const views = [
  { id: 'adoption', label: 'Adoption', exportOnly: false },
  { id: 'usage', label: 'Usage', exportOnly: false },
  { id: 'schedules', label: 'Schedules', exportOnly: true },
  { id: 'alerts', label: 'Alerts', exportOnly: true },
] as const;
type View = (typeof views)[number]['id'];

function useView(canExport: boolean): [View, (view: View) => string] {
  const [params] = useSearchParams();
  const raw = params.get('view');
  const known = views.find((v) => v.id === raw && (canExport || !v.exportOnly));
  const view: View = known?.id ?? 'adoption';
  const hrefOf = (next: View) => {
    const query = new URLSearchParams(params);
    if (next === 'adoption') query.delete('view');
    else query.set('view', next);
    const search = query.toString();
    return search ? `?${search}` : '?';
  };
  return [view, hrefOf];
}

/** The portal adoption report: who has access, who is invited, and how customers use the portal. */
export function ReportsPage() {
  // Exports, sending, schedules and alerts need reports.export; the API checks it again.
  const canExport = useCan('reports.export') === true;
  const [view, hrefOf] = useView(canExport);
  const { filters, period } = useReportUrl();
  const [sending, setSending] = useState(false);
  // Said under the header after a send or a new schedule, on the view it was done from.
  const [said, setSaid] = useState({ view: '', text: '' });
  const summary: ExportTarget | null =
    view === 'adoption'
      ? { report: 'adoption', table: 'summary', query: toReportQuery(filters) }
      : view === 'usage'
        ? { report: 'usage', table: 'summary', from: periodStart(period) }
        : null;

  return (
    <>
      <title>Reports · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Portal adoption</h1>
          <p className="page-header__text">
            Which customers can use the customer portal, who still needs an invitation, and how invited
            contacts use it.
          </p>
        </div>
        {canExport && summary && (
          <div className="report-header-actions">
            <ExportMenu target={summary} label="the report summary" />
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setSending(true)}
            >
              Send or schedule
            </button>
          </div>
        )}
      </header>
      <p className="report-status" role="status">
        {said.view === view ? said.text : ''}
      </p>
      <nav className="tabs__list report-views" aria-label="Report sections">
        {views
          .filter((item) => canExport || !item.exportOnly)
          .map((item) => (
            <Link
              key={item.id}
              to={hrefOf(item.id)}
              replace
              className="tabs__tab"
              aria-current={view === item.id ? 'page' : undefined}
            >
              {item.label}
            </Link>
          ))}
      </nav>
      {view === 'adoption' && <AdoptionView canExport={canExport} />}
      {view === 'usage' && <UsageView canExport={canExport} />}
      {view === 'schedules' && <SchedulesSection />}
      {view === 'alerts' && <AlertsSection />}
      {sending && summary && (
        <SendDialog
          open
          initial={newDraft(
            summary.report,
            summary.report === 'adoption' ? summary.query : summary.from ? { from: summary.from } : {},
          )}
          onClose={() => setSending(false)}
          onDone={(text) => {
            setSending(false);
            setSaid({ view, text });
          }}
        />
      )}
    </>
  );
}

function AdoptionView({ canExport }: { canExport: boolean }) {
  const { filters, filtersKey, setFilters } = useReportUrl();
  const query = toReportQuery(filters);
  const customers = useReportTable(query, 'customers', filtersKey);
  const emails = useReportTable(query, 'emails', filtersKey);
  const filtered = isFiltered(filters);
  const clear = () => setFilters(noFilters);
  const headline = customers.report.data?.headline ?? emails.report.data?.headline;
  const failed = customers.report.isError && emails.report.isError && !headline;
  const exportOf = (table: 'customers' | 'emails', label: string) =>
    canExport ? <ExportMenu target={{ report: 'adoption', table, query }} label={label} /> : undefined;

  return (
    <div className="report-view">
      <ReportFilters filters={filters} onChange={setFilters} />
      {failed ? (
        <QueryError
          error={customers.report.error}
          onRetry={() => {
            void customers.report.refetch();
            void emails.report.refetch();
          }}
          what="the report"
        />
      ) : (
        <>
          {headline ? (
            <HeadlineCards headline={headline} busy={customers.report.isFetching} />
          ) : (
            <div
              className="report-headline report-headline--loading"
              role="status"
              aria-label="Loading the headline"
            >
              {[0, 1, 2, 3].map((i) => (
                <div key={i} className="report-headline__card">
                  <span className="skeleton skeleton--narrow" />
                  <span className="skeleton" />
                </div>
              ))}
            </div>
          )}
          <ReportTableSection
            table="customers"
            state={customers}
            filtered={filtered}
            onClearFilters={clear}
            actions={exportOf('customers', 'the customers table')}
          />
          <ReportTableSection
            table="emails"
            state={emails}
            filtered={filtered}
            onClearFilters={clear}
            actions={exportOf('emails', 'the emails table')}
          />
        </>
      )}
    </div>
  );
}

function UsageView({ canExport }: { canExport: boolean }) {
  const { period, setPeriod } = useReportUrl();
  return (
    <>
      <UsageSection period={period} onPeriodChange={setPeriod} canExport={canExport} />
      <ChannelShiftSection />
    </>
  );
}
