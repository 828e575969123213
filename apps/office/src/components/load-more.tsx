import { Spinner } from '@portico/ui';
import { QueryError } from './query-error';

interface LoadMoreProps {
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    error: unknown;
    fetchNextPage: () => unknown;
  };
  what: string;
  /** How many are still to come, when the list knows: said on the button. */
  remaining?: number | undefined;
}

/** The "Load more" of a cursor-paged list, with the error of a failed next page. */
export function LoadMore({ query, what, remaining }: LoadMoreProps) {
  return (
    <>
      {query.isFetchNextPageError && (
        <QueryError error={query.error} onRetry={() => void query.fetchNextPage()} what={`more ${what}`} />
      )}
      {query.hasNextPage && (
        <div className="load-more">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void query.fetchNextPage()}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? (
              <>
                <Spinner size="sm" /> Loading…
              </>
            ) : (
              `Load more${remaining === undefined ? '' : ` (${remaining.toLocaleString()} left)`}`
            )}
          </button>
        </div>
      )}
    </>
  );
}
