import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { formatDateTime, statusLabels, statusOrder, urgencyLabels, urgencyOrder } from '../api/labels';
import {
  type ServiceRequestFilters as Filters,
  noFilters,
  type ServiceRequestStatus,
  type ServiceRequestUrgency,
  serviceRequestsListOptions,
} from '../api/service-requests';
import { StatusBadge, UrgencyText } from './status-badge';

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | '' =>
  allowed.includes(value as T) ? (value as T) : '';

/** Filters live in the URL, so a filtered list can be shared or bookmarked. */
function useFiltersUrl() {
  const [params, setParams] = useSearchParams();
  const status = oneOf(params.get('status'), statusOrder);
  const urgency = oneOf(params.get('urgency'), urgencyOrder);
  const accountId = params.get('accountId') ?? '';
  const buildingId = params.get('buildingId') ?? '';
  const filters = useMemo(
    () => ({ status, urgency, accountId, buildingId }),
    [status, urgency, accountId, buildingId],
  );
  const setFilters = useCallback(
    (next: Filters) =>
      setParams(
        () => {
          const query = new URLSearchParams();
          for (const [key, value] of Object.entries(next)) if (value) query.set(key, value);
          return query;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilters };
}

export function ServiceRequestsPage() {
  const { filters, setFilters } = useFiltersUrl();
  const requests = useInfiniteQuery(serviceRequestsListOptions(filters));
  const rows = requests.data?.pages.flatMap((page) => page.items) ?? [];
  const total = requests.data?.pages[0]?.total ?? 0;
  const filtered = Object.values(filters).some(Boolean);
  const updating = requests.isFetching && !requests.isFetchingNextPage && !requests.isPending;

  return (
    <>
      <title>Service requests · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Service requests</h1>
          <p className="page-header__text">
            What customers asked for in the portal. Each status change is shown to them and emailed to the
            person who asked.
          </p>
        </div>
      </header>

      <search aria-label="Filter service requests">
        <div className="filters">
          <label className="field filters__small">
            <span className="field__label">Status</span>
            <select
              className="field__input"
              value={filters.status}
              onChange={(e) =>
                setFilters({ ...filters, status: e.target.value as ServiceRequestStatus | '' })
              }
            >
              <option value="">Any status</option>
              {statusOrder.map((s) => (
                <option key={s} value={s}>
                  {statusLabels[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="field filters__small">
            <span className="field__label">Urgency</span>
            <select
              className="field__input"
              value={filters.urgency}
              onChange={(e) =>
                setFilters({ ...filters, urgency: e.target.value as ServiceRequestUrgency | '' })
              }
            >
              <option value="">Any urgency</option>
              {urgencyOrder.map((u) => (
                <option key={u} value={u}>
                  {urgencyLabels[u]}
                </option>
              ))}
            </select>
          </label>
        </div>
      </search>

      <ListSummary noun={['request', 'requests']} total={total} shown={rows.length} updating={updating}>
        {filtered && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => setFilters(noFilters)}
          >
            Clear filters
          </button>
        )}
      </ListSummary>

      {requests.isPending ? (
        <ListSkeleton label="Loading service requests" columns={3} />
      ) : requests.isError && rows.length === 0 ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} what="service requests" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{filtered ? 'No requests match' : 'No service requests yet'}</h2>
          <p className="state__text">
            {filtered
              ? 'Try fewer filters.'
              : 'Requests appear here when customers raise them from the portal.'}
          </p>
        </section>
      ) : (
        <>
          <div className="table-wrap" aria-busy={updating}>
            <table className="table table--cards">
              <caption className="visually-hidden">Service requests</caption>
              <thead>
                <tr>
                  <th scope="col">Request</th>
                  <th scope="col">Customer</th>
                  <th scope="col">Urgency</th>
                  <th scope="col">Status</th>
                  <th scope="col">Raised</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="table__primary">
                      <Link className="table__name" to={`/service-requests/${r.id}`}>
                        #{r.number}{' '}
                        {r.description.length > 80 ? `${r.description.slice(0, 80)}…` : r.description}
                      </Link>
                      <span className="table__sub">{r.requestedBy?.name ?? 'Former contact'}</span>
                    </th>
                    <td data-label="Customer">
                      <Link to={`?accountId=${r.accountId}`}>{r.accountName}</Link>
                      <span className="table__sub">
                        <Link to={`?buildingId=${r.buildingId}`}>{r.buildingName}</Link>
                      </span>
                    </td>
                    <td data-label="Urgency">
                      <UrgencyText urgency={r.urgency} />
                    </td>
                    <td data-label="Status">
                      <StatusBadge status={r.status} />
                    </td>
                    <td data-label="Raised">{formatDateTime(r.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={requests} what="service requests" remaining={total - rows.length} />
        </>
      )}
    </>
  );
}
