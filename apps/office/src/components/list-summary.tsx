import { Spinner } from '@portico/ui';
import type { ReactNode } from 'react';

interface ListSummaryProps {
  /** What one row is, and what several are: ['account', 'accounts']. */
  noun: readonly [singular: string, plural: string];
  /** Rows that match; 0 (nothing said) until the first page is in. */
  total: number;
  /** Rows loaded so far ("Load more" adds to them). */
  shown: number;
  /** A new filter's rows are on the way while the old ones stay on screen. */
  updating: boolean;
  /** Page-specific extras between the count and the busy line, e.g. "Clear filters". */
  children?: ReactNode;
}

/** "24 accounts · showing 10" above a paged list, announced politely as it changes. */
export function ListSummary({ noun, total, shown, updating, children }: ListSummaryProps) {
  return (
    <div className="list-summary" aria-live="polite">
      {total > 0 && (
        <p>
          {total === 1 ? `1 ${noun[0]}` : `${total.toLocaleString()} ${noun[1]}`}
          {shown < total && ` · showing ${shown.toLocaleString()}`}
        </p>
      )}
      {children}
      {updating && (
        <p className="list-summary__busy">
          <Spinner size="sm" /> Updating…
        </p>
      )}
    </div>
  );
}
