import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { buildingsListOptions, type BuildingFilters as Filters } from '../api/buildings';
import { BuildingFilters } from './building-filters';
import { BuildingsTable } from './buildings-table';
import { NewBuildingDialog } from './new-building-dialog';

const filterParams = { search: 'q', accountId: 'accountId', siteSource: 'siteSource' } as const;

/**
 * Filters live in the URL, so a filtered list can be shared and gone back to; so does the open
 * "New building" form (`?new=1`), which the account page links to with its account chosen.
 */
function useBuildingsUrl() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const accountId = params.get('accountId') ?? '';
  const siteSource = params.get('siteSource') ?? '';
  const filters = useMemo(() => ({ search, accountId, siteSource }), [search, accountId, siteSource]);
  const creating = params.get('new') === '1';

  const setFilters = useCallback(
    (next: Filters) =>
      setParams(
        (current) => {
          const query = new URLSearchParams(current);
          for (const [key, param] of Object.entries(filterParams)) {
            const value = next[key as keyof Filters];
            if (value) query.set(param, value);
            else query.delete(param);
          }
          return query;
        },
        { replace: true },
      ),
    [setParams],
  );
  const setCreating = useCallback(
    (open: boolean) =>
      setParams(
        (current) => {
          const query = new URLSearchParams(current);
          if (open) query.set('new', '1');
          else query.delete('new');
          return query;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filters, setFilters, creating, setCreating };
}

export function BuildingsPage() {
  const canWrite = useCan('contacts.write') === true;
  const { filters, setFilters, creating, setCreating } = useBuildingsUrl();
  const buildings = useInfiniteQuery(buildingsListOptions(filters));
  const rows = buildings.data?.pages.flatMap((page) => page.items) ?? [];
  const total = buildings.data?.pages[0]?.total ?? 0;
  const filtered = filters.search !== '' || filters.accountId !== '' || filters.siteSource !== '';
  const updating = buildings.isFetching && !buildings.isFetchingNextPage && !buildings.isPending;

  return (
    <>
      <title>Buildings · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Buildings</h1>
          <p className="page-header__text">Your customers’ sites, where the work and the reports happen.</p>
        </div>
        {canWrite && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New building
          </button>
        )}
      </header>

      <BuildingFilters filters={filters} onChange={setFilters} />

      <ListSummary
        noun={['building', 'buildings']}
        total={total}
        shown={rows.length}
        updating={updating}
      ></ListSummary>

      {buildings.isPending ? (
        <ListSkeleton label="Loading buildings" />
      ) : buildings.isError && rows.length === 0 ? (
        <QueryError error={buildings.error} onRetry={() => void buildings.refetch()} what="buildings" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">{filtered ? 'No buildings match' : 'No buildings yet'}</h2>
          <p className="state__text">
            {filtered
              ? 'Try another search, account or site source.'
              : 'Buildings appear here once they are added or pushed in from your operations system.'}
          </p>
          {filtered && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setFilters({ search: '', accountId: '', siteSource: '' })}
            >
              Clear filters
            </button>
          )}
        </section>
      ) : (
        <>
          <BuildingsTable buildings={rows} busy={updating} />
          <LoadMore query={buildings} what="buildings" />
        </>
      )}

      {canWrite && (
        <NewBuildingDialog open={creating} accountId={filters.accountId} onClose={() => setCreating(false)} />
      )}
    </>
  );
}
