import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import {
  type AccountStatus,
  accountStatuses,
  accountsListOptions,
  type AccountFilters as Filters,
} from '../api/list-accounts';
import { AccountFilters } from './account-filters';
import { AccountsTable } from './accounts-table';
import { NewAccountButton } from './new-account-dialog';

const isStatus = (value: string | null): value is AccountStatus =>
  accountStatuses.some((status) => status === value);

/** Filters live in the URL, so a filtered list can be shared, bookmarked and gone back to. */
function useAccountFilters(): [Filters, (next: Filters) => void] {
  const [params, setParams] = useSearchParams();
  const rawStatus = params.get('status');
  const status: AccountStatus = isStatus(rawStatus) ? rawStatus : 'active';
  const search = params.get('q') ?? '';
  const filters = useMemo(() => ({ status, search }), [status, search]);
  const setFilters = useCallback(
    (next: Filters) => {
      const query = new URLSearchParams();
      if (next.status !== 'active') query.set('status', next.status);
      if (next.search) query.set('q', next.search);
      setParams(query, { replace: true });
    },
    [setParams],
  );
  return [filters, setFilters];
}

export function AccountsPage() {
  const [filters, setFilters] = useAccountFilters();
  const accounts = useInfiniteQuery(accountsListOptions(filters));
  const rows = accounts.data?.pages.flatMap((page) => page.items) ?? [];
  const total = accounts.data?.pages[0]?.total ?? 0;
  const filtered = filters.search !== '' || filters.status !== 'active';
  const updating = accounts.isFetching && !accounts.isFetchingNextPage && !accounts.isPending;

  return (
    <>
      <title>Accounts · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Accounts</h1>
          <p className="page-header__text">The customers you serve, with their balances and services.</p>
        </div>
        <NewAccountButton />
      </header>

      <AccountFilters filters={filters} onChange={setFilters} />

      <ListSummary
        noun={['account', 'accounts']}
        total={total}
        shown={rows.length}
        updating={updating}
      ></ListSummary>

      {accounts.isPending ? (
        <ListSkeleton label="Loading accounts" rows={6} columns={3} />
      ) : accounts.isError && rows.length === 0 ? (
        <QueryError error={accounts.error} onRetry={() => void accounts.refetch()} what="accounts" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{filtered ? 'No accounts match' : 'No accounts yet'}</h2>
          <p className="state__text">
            {filtered
              ? 'Try another name, or look at all accounts, active and inactive.'
              : 'Accounts appear here once they are added or pushed in from your operations system.'}
          </p>
          {filtered && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setFilters({ status: 'all', search: '' })}
            >
              Show all accounts
            </button>
          )}
        </section>
      ) : (
        <>
          <AccountsTable accounts={rows} busy={updating} />
          <LoadMore query={accounts} what="accounts" />
        </>
      )}
    </>
  );
}
