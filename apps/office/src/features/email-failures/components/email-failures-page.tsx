import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryError } from '../../../components/query-error';
import { Spinner } from '../../../components/spinner';
import { emailFailuresOptions } from '../api/email-failures';
import { useHasPermission } from '../api/permissions';
import { FailuresTable } from './failures-table';

export function EmailFailuresPage() {
  const failures = useInfiniteQuery(emailFailuresOptions());
  const canSend = useHasPermission('invitations.send');
  // The retried row leaves the list when it refreshes; this line says what happened to it.
  const [announcement, setAnnouncement] = useState('');
  const rows = failures.data?.pages.flatMap((page) => page.items) ?? [];
  const total = failures.data?.pages[0]?.total ?? 0;
  const updating = failures.isFetching && !failures.isFetchingNextPage && !failures.isPending;

  return (
    <>
      <title>Email failures · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Email failures</h1>
          <p className="page-header__text">
            Invitation emails that could not be delivered after every retry. Check the address, then send
            again.
          </p>
        </div>
      </header>

      <div className="list-summary" aria-live="polite">
        {failures.isSuccess && total > 0 && (
          <p>
            {total === 1 ? '1 failed email' : `${total.toLocaleString()} failed emails`}
            {rows.length < total && ` · showing ${rows.length.toLocaleString()}`}
          </p>
        )}
        {announcement && <p className="failures__announcement">{announcement}</p>}
        {updating && (
          <p className="list-summary__busy">
            <Spinner size="sm" /> Updating…
          </p>
        )}
      </div>

      {failures.isPending ? (
        <div className="skeleton-list" role="status" aria-label="Loading email failures">
          {Array.from({ length: 5 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <div key={i} className="skeleton-row">
              <span className="skeleton skeleton--wide" />
              <span className="skeleton" />
              <span className="skeleton skeleton--narrow" />
            </div>
          ))}
        </div>
      ) : failures.isError && rows.length === 0 ? (
        <QueryError error={failures.error} onRetry={() => void failures.refetch()} what="email failures" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">No failed emails</h2>
          <p className="state__text">Every invitation email so far was delivered or is still on its way.</p>
        </section>
      ) : (
        <>
          <FailuresTable
            failures={rows}
            canSend={canSend}
            busy={updating}
            onRetried={(failure) =>
              setAnnouncement(
                `The email to ${failure.contactName || failure.email || 'the contact'} is queued again.`,
              )
            }
          />
          {failures.isFetchNextPageError && (
            <QueryError
              error={failures.error}
              onRetry={() => void failures.fetchNextPage()}
              what="more email failures"
            />
          )}
          {failures.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void failures.fetchNextPage()}
                disabled={failures.isFetchingNextPage}
              >
                {failures.isFetchingNextPage ? (
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
      )}
    </>
  );
}
