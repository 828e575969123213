import { useQuery } from '@tanstack/react-query';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import { type PortalHistoryEntry, portalHistoryOptions } from '../api/contact';
import { historyActor, historyDetail, historyLabel } from '../utils/history-labels';
import { formatAbsolute, formatRelative } from '../utils/relative-time';

/** The contact's portal timeline, newest first: what happened, who did it, when. */
export function PortalHistory({ contactId }: { contactId: string }) {
  const history = useQuery(portalHistoryOptions(contactId));

  if (history.isPending) {
    return <ListSkeleton label="Loading the status history" rows={2} columns={1} />;
  }
  if (history.isError) {
    return (
      <QueryError error={history.error} onRetry={() => void history.refetch()} what="the status history" />
    );
  }
  if (history.data.length === 0) {
    return <p className="muted">Nothing yet: the history starts with their first invitation.</p>;
  }
  return <HistoryList entries={[...history.data].reverse()} />;
}

export function HistoryList({ entries, now }: { entries: PortalHistoryEntry[]; now?: Date }) {
  return (
    <ol className="timeline">
      {entries.map((entry) => {
        const at = new Date(entry.at);
        const detail = historyDetail(entry);
        return (
          <li key={entry.id} className={`timeline__item timeline__item--${entry.type}`}>
            <p className="timeline__label">{historyLabel(entry)}</p>
            {detail && <p className="timeline__detail">{detail}</p>}
            <p className="timeline__meta">
              {historyActor(entry)} ·{' '}
              <time dateTime={entry.at} title={formatAbsolute(at)}>
                {formatRelative(at, now)}
              </time>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
