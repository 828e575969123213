import { useEffect, useState } from 'react';
import type { BuildingFilters as Filters } from '../api/buildings';
import { AccountSelect } from './account-select';

const TYPING_DELAY_MS = 300;

interface BuildingFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function BuildingFilters({ filters, onChange }: BuildingFiltersProps) {
  const [search, setSearch] = useState(filters.search);
  const [siteSource, setSiteSource] = useState(filters.siteSource);

  // Follow the URL when it changes from outside (back button, "clear filters").
  useEffect(
    () => setSearch((current) => (current.trim() === filters.search ? current : filters.search)),
    [filters.search],
  );
  useEffect(
    () => setSiteSource((current) => (current.trim() === filters.siteSource ? current : filters.siteSource)),
    [filters.siteSource],
  );

  // Filter as the person types, but not on every keystroke.
  useEffect(() => {
    const next = { ...filters, search: search.trim(), siteSource: siteSource.trim() };
    if (next.search === filters.search && next.siteSource === filters.siteSource) return;
    const timer = setTimeout(() => onChange(next), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, siteSource, filters, onChange]);

  return (
    <search aria-label="Filter buildings">
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, search: search.trim(), siteSource: siteSource.trim() });
        }}
      >
        <div className="field filters__search">
          <label className="field__label" htmlFor="building-search">
            Search by name, street or city
          </label>
          <input
            id="building-search"
            className="field__input"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="e.g. Harbor"
            autoComplete="off"
            maxLength={200}
          />
        </div>
        <div className="filters__select">
          <AccountSelect
            label="Account"
            value={filters.accountId}
            onChange={(accountId) => onChange({ ...filters, accountId })}
            emptyLabel="All accounts"
          />
        </div>
        <div className="field filters__small">
          <label className="field__label" htmlFor="building-site-source">
            Site source
          </label>
          <input
            id="building-site-source"
            className="field__input"
            value={siteSource}
            onChange={(event) => setSiteSource(event.target.value)}
            placeholder="e.g. Survey"
            autoComplete="off"
            maxLength={200}
          />
        </div>
      </form>
    </search>
  );
}
