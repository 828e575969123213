import type { ReactNode } from 'react';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import { PAGE_SIZE, type ReportTable } from '../api/adoption-report';
import type { useReportTable } from '../hooks/use-report-table';
import { formatCount } from '../utils/report-format';
import { CustomersTable } from './customers-table';
import { EmailsTable } from './emails-table';
import { TablePager } from './table-pager';

interface ReportTableSectionProps {
  table: ReportTable;
  state: ReturnType<typeof useReportTable>;
  filtered: boolean;
  onClearFilters: () => void;
  /** The table's own actions (export). */
  actions?: ReactNode;
}

const words: Record<ReportTable, { title: string; one: string; many: string; text: string }> = {
  customers: {
    title: 'By customer',
    one: 'customer',
    many: 'customers',
    text: 'A customer has access when at least one of its emails does.',
  },
  emails: {
    title: 'By email',
    one: 'email',
    many: 'emails',
    text: 'Every contact of those customers, with or without an email, and where its invitation stands.',
  },
};

/** One of the report's two tables: count, rows (or why there are none), pages. */
export function ReportTableSection({
  table,
  state,
  filtered,
  onClearFilters,
  actions,
}: ReportTableSectionProps) {
  const { report, pages } = state;
  const page = report.data?.[table] ?? null;
  const busy = report.isFetching;
  const word = words[table];
  const titleId = `report-${table}-title`;

  return (
    <section className="report-section" aria-labelledby={titleId}>
      <header className="report-section__head">
        <div>
          <h2 id={titleId} className="section-title">
            {word.title}
            {page && <span className="tabs__count report-section__count">{formatCount(page.total)}</span>}
          </h2>
          <p className="report-section__text">{word.text}</p>
        </div>
        {actions}
      </header>
      {report.isPending ? (
        <ListSkeleton label={`Loading ${word.many}`} columns={3} />
      ) : report.isError && !page ? (
        <QueryError error={report.error} onRetry={() => void report.refetch()} what={word.many} />
      ) : !page || page.items.length === 0 ? (
        <div className="state report-empty">
          <h3 className="state__title">{filtered ? `No ${word.many} match` : `No ${word.many} yet`}</h3>
          <p className="state__text">
            {filtered
              ? 'Try fewer filters, or show inactive customers too.'
              : table === 'customers'
                ? 'Customers appear here once they are added or sent in by your operations system.'
                : 'Contacts of your customers appear here once they are added.'}
          </p>
          {filtered && (
            <button type="button" className="button button--secondary" onClick={onClearFilters}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <>
          {table === 'customers' && report.data?.customers && (
            <CustomersTable rows={report.data.customers.items} busy={busy} />
          )}
          {table === 'emails' && report.data?.emails && (
            <EmailsTable rows={report.data.emails.items} busy={busy} />
          )}
          {report.isError && (
            <QueryError
              error={report.error}
              onRetry={() => void report.refetch()}
              what={`this page of ${word.many}`}
            />
          )}
          <TablePager
            what={word.many}
            page={pages.page}
            pageSize={PAGE_SIZE}
            shown={page.items.length}
            total={page.total}
            nextCursor={page.nextCursor}
            busy={report.isPlaceholderData}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        </>
      )}
    </section>
  );
}
