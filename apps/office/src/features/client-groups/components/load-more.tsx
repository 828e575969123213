import { QueryError } from '../../../components/query-error';
import { Spinner } from '../../../components/spinner';

interface LoadMoreProps {
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    error: unknown;
    fetchNextPage: () => unknown;
  };
  what: string;
}

/** The "Load more" of a cursor-paged list, with the error of a failed next page. */
export function LoadMore({ query, what }: LoadMoreProps) {
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
              'Load more'
            )}
          </button>
        </div>
      )}
    </>
  );
}
