import { useInfiniteQuery } from '@tanstack/react-query';
import { EmptyState } from '../../../components/empty-state';
import { ListFooter, OverlayLink } from '../../../components/list-parts';
import { LoadError, Loading } from '../../../components/load-state';
import { kindLabel } from '../../../lib/document-areas';
import { formatDate, formatMoney } from '../../../lib/format';
import { useOverlay } from '../../../lib/overlay';
import type { PortalDocument } from '../../../lib/portal-types';
import { type DocumentFilters, documentListOptions } from '../api/documents';
import { DocumentBadges } from './document-badges';

interface DocumentListProps {
  filters: DocumentFilters;
  /** Said when nothing matches. */
  emptyText?: string;
  /** Hides the property column (inside a property's own view). */
  withProperty?: boolean;
}

/** The help topic of a list's empty state: invoices and proposals have their own. */
const helpTopicOf = (kind: DocumentFilters['kind']) =>
  kind === 'invoice' ? 'invoices' : kind === 'proposal' ? 'proposals' : 'documents';

/** Documents as a table (cards on a phone); each opens its details in an overlay. */
export function DocumentList({
  filters,
  emptyText = 'No documents match.',
  withProperty = true,
}: DocumentListProps) {
  const list = useInfiniteQuery(documentListOptions(filters));
  const overlay = useOverlay();

  if (list.isPending) return <Loading>Loading documents…</Loading>;
  if (list.isError)
    return <LoadError what="the documents" error={list.error} retry={() => void list.refetch()} />;

  const documents = list.data.pages.flatMap((page) => page.items);
  const total = list.data.pages[0]?.total ?? 0;
  if (documents.length === 0) return <EmptyState title={emptyText} help={helpTopicOf(filters.kind)} />;
  const money = documents.some((d) => d.amount !== null);
  const due = documents.some((d) => d.dueOn !== null);

  return (
    <div className="stack stack--tight">
      <div className="table-scroll">
        <table className="table table--cards">
          <thead>
            <tr>
              <th scope="col">Document</th>
              {withProperty && <th scope="col">Property</th>}
              <th scope="col">Issued</th>
              {due && <th scope="col">Due</th>}
              {money && (
                <th scope="col" className="num">
                  Amount
                </th>
              )}
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <DocumentRow
                key={document.id}
                document={document}
                href={overlay.href(`/document/${document.id}`)}
                withProperty={withProperty}
                money={money}
                due={due}
              />
            ))}
          </tbody>
        </table>
      </div>
      <ListFooter
        shown={documents.length}
        total={total}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onMore={() => void list.fetchNextPage()}
      />
    </div>
  );
}

function DocumentRow({
  document,
  href,
  withProperty,
  money,
  due,
}: {
  document: PortalDocument;
  href: string;
  withProperty: boolean;
  money: boolean;
  due: boolean;
}) {
  return (
    <tr className={document.overdue ? 'row--overdue' : undefined}>
      <th scope="row" className="row-title">
        <OverlayLink to={href}>{document.title}</OverlayLink>
        <span className="row-sub">
          {kindLabel(document.kind)}
          {document.number && ` · ${document.number}`}
        </span>
      </th>
      {withProperty && (
        <td data-label="Property">{document.buildingName ?? `${document.accountName} (all properties)`}</td>
      )}
      <td data-label="Issued">{formatDate(document.issuedOn)}</td>
      {due && (
        <td data-label="Due" className={document.dueOn ? undefined : 'cell--empty'}>
          {formatDate(document.dueOn)}
        </td>
      )}
      {money && (
        <td data-label="Amount" className={`num${document.amount === null ? ' cell--empty' : ''}`}>
          {formatMoney(document.amount, document.currency)}
        </td>
      )}
      <td data-label="Status">
        <span className="badges">
          <DocumentBadges document={document} />
        </span>
      </td>
    </tr>
  );
}
