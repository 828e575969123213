import { useInfiniteQuery } from '@tanstack/react-query';
import { OverlayLink } from '../../../components/list-parts';
import { SeverityBadge } from '../../../components/severity-badge';
import { formatDate, formatMoney } from '../../../lib/format';
import { overlayTarget, useOverlay } from '../../../lib/overlay';
import {
  type AssetFilters,
  assetListOptions,
  type DefectFilters,
  defectListOptions,
  type QuoteFilters,
  quoteListOptions,
  type TaskFilters,
  taskListOptions,
} from '../api/records';
import { PagedTable } from './paged-table';

const words = (value: string) => value.replaceAll('_', ' ').replace(/^\w/, (c) => c.toUpperCase());

export const stageLabel = words;
export const toleranceLabel: Record<string, string> = {
  on_time: 'On time',
  late: 'Late',
  overdue: 'Overdue',
  pending: 'Pending',
};

export function DefectList({
  filters,
  withProperty = true,
}: {
  filters: DefectFilters;
  withProperty?: boolean;
}) {
  const list = useInfiniteQuery(defectListOptions(filters));
  return (
    <PagedTable
      list={list}
      what="defects"
      emptyText="No defects match."
      help="defects"
      columns={['Defect', ...(withProperty ? ['Property'] : []), 'Severity', 'Raised', 'Status']}
      row={(defect) => (
        <tr key={defect.id}>
          <th scope="row" className="row-title">
            {defect.description}
            <span className="row-sub">
              {defect.assetName ? `${defect.assetName} · ` : ''}
              {defect.assetType}
            </span>
          </th>
          {withProperty && <td data-label="Property">{defect.buildingName}</td>}
          <td data-label="Severity">
            <SeverityBadge severity={defect.severity} />
          </td>
          <td data-label="Raised">{formatDate(defect.raisedOn)}</td>
          <td data-label="Status">
            {defect.status === 'resolved' ? `Resolved ${formatDate(defect.resolvedOn)}` : 'Open'}
          </td>
        </tr>
      )}
    />
  );
}

export function TaskList({ filters, withProperty = true }: { filters: TaskFilters; withProperty?: boolean }) {
  const list = useInfiniteQuery(taskListOptions(filters));
  return (
    <PagedTable
      list={list}
      what="tasks"
      emptyText="No tasks match."
      columns={['Task', ...(withProperty ? ['Property'] : []), 'Stage', 'Due', 'Performed', 'Tolerance']}
      row={(task) => (
        <tr key={task.id}>
          <th scope="row" className="row-title">
            {task.title}
            <span className="row-sub">{task.kind === 'routine' ? 'Routine' : 'Service call'}</span>
          </th>
          {withProperty && <td data-label="Property">{task.buildingName}</td>}
          <td data-label="Stage">{stageLabel(task.stage)}</td>
          <td data-label="Due">{formatDate(task.dueOn)}</td>
          <td data-label="Performed">{formatDate(task.performedOn)}</td>
          <td data-label="Tolerance">
            {task.tolerance ? (
              <span
                className={`badge${task.tolerance === 'overdue' ? ' badge--danger' : task.tolerance === 'on_time' ? ' badge--ok' : ''}`}
              >
                {toleranceLabel[task.tolerance]}
              </span>
            ) : (
              '—'
            )}
          </td>
        </tr>
      )}
    />
  );
}

export function QuoteList({
  filters,
  withProperty = true,
}: {
  filters: QuoteFilters;
  withProperty?: boolean;
}) {
  const list = useInfiniteQuery(quoteListOptions(filters));
  return (
    <PagedTable
      list={list}
      what="quotes"
      emptyText="No quotes match."
      help="proposals"
      columns={['Quote', ...(withProperty ? ['Property'] : []), 'Issued', 'Amount', 'Status']}
      row={(quote) => (
        <tr key={quote.id}>
          <th scope="row" className="row-title">
            {quote.title}
            <span className="row-sub">
              {quote.kind === 'defect_quote' ? 'Defect quote' : 'Service quote'}
              {quote.number && ` · ${quote.number}`}
            </span>
          </th>
          {withProperty && <td data-label="Property">{quote.buildingName}</td>}
          <td data-label="Issued">{formatDate(quote.issuedOn)}</td>
          <td data-label="Amount" className="num">
            {formatMoney(quote.amount, quote.currency)}
          </td>
          <td data-label="Status">
            <span className={`badge${quote.status === 'pending' ? ' badge--warning' : ''}`}>
              {quote.status === 'pending' ? 'Awaiting approval' : words(quote.status)}
            </span>
          </td>
        </tr>
      )}
    />
  );
}

/** Assets; a count of open defects opens them for that asset. */
export function AssetList({
  filters,
  withProperty = true,
}: {
  filters: AssetFilters;
  withProperty?: boolean;
}) {
  const list = useInfiniteQuery(assetListOptions(filters));
  const overlay = useOverlay();
  return (
    <PagedTable
      list={list}
      what="assets"
      emptyText="No assets recorded."
      columns={['Asset', ...(withProperty ? ['Property'] : []), 'Location', 'Open defects', 'Highest']}
      row={(asset) => (
        <tr key={asset.id}>
          <th scope="row" className="row-title">
            {asset.name}
            <span className="row-sub">{asset.assetType}</span>
          </th>
          {withProperty && <td data-label="Property">{asset.buildingName}</td>}
          <td data-label="Location">{asset.location ?? '—'}</td>
          <td data-label="Open defects">
            {asset.openDefects > 0 ? (
              <OverlayLink
                className="count-link"
                to={overlay.href(overlayTarget('/defects', { assetId: asset.id, status: 'open' }))}
                label={`${asset.openDefects} open defects on ${asset.name}`}
              >
                {asset.openDefects}
              </OverlayLink>
            ) : (
              '0'
            )}
          </td>
          <td data-label="Highest">
            {asset.highestOpenSeverity ? <SeverityBadge severity={asset.highestOpenSeverity} /> : '—'}
          </td>
        </tr>
      )}
    />
  );
}
