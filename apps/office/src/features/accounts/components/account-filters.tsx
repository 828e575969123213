import { useEffect, useState } from 'react';
import { useSearchText } from '../../../lib/use-search-text';
import { type AccountStatus, accountStatuses, type AccountFilters as Filters } from '../api/list-accounts';

const statusLabels: Record<AccountStatus, string> = { active: 'Active', inactive: 'Inactive', all: 'All' };

interface AccountFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function AccountFilters({ filters, onChange }: AccountFiltersProps) {
  const [search, setSearch] = useSearchText(filters.search, (text) => onChange({ ...filters, search: text }));
  // Mirrors the URL, but flips at once: the router applies the new URL in a transition, and a
  // controlled radio bound straight to it would spring back until then.
  const [status, setStatus] = useState(filters.status);
  useEffect(() => setStatus(filters.status), [filters.status]);

  return (
    <search aria-label="Filter accounts">
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, search: search.trim() });
        }}
      >
        <div className="field filters__search">
          <label className="field__label" htmlFor="account-search">
            Search by name
          </label>
          <input
            id="account-search"
            className="field__input"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="e.g. Harbor"
            autoComplete="off"
            maxLength={200}
          />
        </div>
        <fieldset className="segmented">
          <legend className="field__label">Status</legend>
          <div className="segmented__options">
            {accountStatuses.map((option) => (
              <label key={option} className="segmented__option">
                <input
                  type="radio"
                  name="status"
                  value={option}
                  checked={status === option}
                  onChange={() => {
                    setStatus(option);
                    onChange({ ...filters, status: option });
                  }}
                />
                <span>{statusLabels[option]}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </form>
    </search>
  );
}
