import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { emailFailuresOptions } from '../api/email-failures';
import { FailuresTable } from './failures-table';

export function EmailFailuresPage() {
  const failures = useInfiniteQuery(emailFailuresOptions());
  const canSend = useCan('invitations.send');
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

      <ListSummary
        noun={['failed email', 'failed emails']}
        total={total}
        shown={rows.length}
        updating={updating}
      >
        {announcement && <p className="failures__announcement">{announcement}</p>}
      </ListSummary>

      {failures.isPending ? (
        <ListSkeleton label="Loading email failures" rows={5} columns={3} />
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
          <LoadMore query={failures} what="email failures" />
        </>
      )}
    </>
  );
}
