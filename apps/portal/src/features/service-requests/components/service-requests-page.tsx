import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { ListFooter } from '../../../components/list-parts';
import { LoadError, Loading } from '../../../components/load-state';
import { formatDateTime } from '../../../lib/format';
import { usePreviewing } from '../../../lib/preview';
import { statusBadge, statusLabels } from '../api/labels';
import { serviceRequestListOptions } from '../api/service-requests';

/** The customer's service requests (colleagues' on the same properties too), and the way to raise one. */
export function ServiceRequestsPage() {
  const list = useInfiniteQuery(serviceRequestListOptions());
  const previewing = usePreviewing();
  const requests = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;

  return (
    <section className="page" aria-labelledby="requests-title">
      <title>Service requests</title>
      <div className="page__header">
        <h1 id="requests-title" className="page__title">
          Service requests
        </h1>
        {!previewing && (
          <Link className="button button--primary" to="/service-requests/new">
            Request service
          </Link>
        )}
      </div>
      {list.isPending ? (
        <Loading>Loading your requests…</Loading>
      ) : list.isError ? (
        <LoadError what="your requests" error={list.error} retry={() => void list.refetch()} />
      ) : requests.length === 0 ? (
        <EmptyState title="No service requests yet.">
          <p>
            Something needs fixing or checking at one of your properties? Request service and follow it here.
          </p>
        </EmptyState>
      ) : (
        <div className="stack stack--tight">
          <ul className="request-list">
            {requests.map((r) => (
              <li key={r.id} className="request-list__item">
                <Link className="row-link" to={`/service-requests/${r.id}`}>
                  #{r.number} {r.description.length > 90 ? `${r.description.slice(0, 90)}…` : r.description}
                </Link>
                <span className="row-sub">
                  {r.buildingName} · {formatDateTime(r.createdAt)}
                  {r.requestedBy ? ` · ${r.requestedBy.name}` : ''}
                </span>
                <span className={statusBadge[r.status]}>{statusLabels[r.status]}</span>
              </li>
            ))}
          </ul>
          <ListFooter
            shown={requests.length}
            total={total}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onMore={() => void list.fetchNextPage()}
          />
        </div>
      )}
    </section>
  );
}
