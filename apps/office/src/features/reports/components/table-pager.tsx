import { formatCount } from '../utils/report-format';

interface TablePagerProps {
  /** What the rows are, for the buttons' names: "customers". */
  what: string;
  page: number;
  pageSize: number;
  shown: number;
  total: number;
  nextCursor: string | null;
  busy: boolean;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
}

/** "26–50 of 160" and Previous / Next under a paged table. */
export function TablePager({
  what,
  page,
  pageSize,
  shown,
  total,
  nextCursor,
  busy,
  onNext,
  onPrevious,
}: TablePagerProps) {
  if (total <= pageSize && page === 1) return null;
  const first = (page - 1) * pageSize + 1;
  return (
    <nav className="report-pager" aria-label={`Pages of ${what}`}>
      <p className="report-pager__range" aria-live="polite">
        {shown === 0
          ? 'No rows on this page'
          : `${formatCount(first)}–${formatCount(first + shown - 1)} of ${formatCount(total)}`}
      </p>
      <div className="report-pager__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={onPrevious}
          disabled={page === 1 || busy}
        >
          Previous<span className="visually-hidden"> {what}</span>
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => nextCursor && onNext(nextCursor)}
          disabled={!nextCursor || busy}
        >
          Next<span className="visually-hidden"> {what}</span>
        </button>
      </div>
    </nav>
  );
}
