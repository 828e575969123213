import { Spinner } from '@portico/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { overlayState } from '../lib/overlay';

/** A link that opens an overlay over the current page (Back closes it again). */
export function OverlayLink({
  to,
  className = 'row-link',
  children,
  label,
}: {
  to: string;
  className?: string;
  children: ReactNode;
  label?: string;
}) {
  return (
    <Link to={to} state={overlayState} className={className} {...(label && { 'aria-label': label })}>
      {children}
    </Link>
  );
}

/** "Showing 25 of 112" and the next page, for the cursor-paged lists. */
export function ListFooter({
  shown,
  total,
  hasMore,
  loadingMore,
  onMore,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  return (
    <div className="list-footer">
      <span role="status">
        Showing {shown} of {total}
      </span>
      {hasMore && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onMore}
          disabled={loadingMore}
        >
          {loadingMore && <Spinner size="sm" />}
          {loadingMore ? 'Loading…' : 'Show more'}
        </button>
      )}
    </div>
  );
}
