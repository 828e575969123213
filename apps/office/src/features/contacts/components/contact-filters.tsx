import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { portalStatusLabel } from '../../../components/portal-status-badge';
import { useSearchText } from '../../../lib/use-search-text';
import { accountOptions, buildingOptions } from '../api/lookups';
import {
  type EmailFilter,
  type ContactFilters as Filters,
  type PortalStatus,
  portalStatuses,
} from '../utils/contact-filters';
import { AccountPicker } from './lookup-pickers';

interface ContactFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

export function ContactFilters({ filters, onChange }: ContactFiltersProps) {
  const [search, setSearch] = useSearchText(filters.search, (text) => onChange({ ...filters, search: text }));
  // Mirror the URL but flip at once: the router applies a new URL in a transition, and controls
  // bound straight to it would spring back until then.
  const [statuses, setStatuses] = useState(filters.statuses);
  const [email, setEmail] = useState(filters.email);
  useEffect(() => setStatuses(filters.statuses), [filters.statuses]);
  useEffect(() => setEmail(filters.email), [filters.email]);

  function toggleStatus(status: PortalStatus, checked: boolean) {
    const chosen = checked ? [...statuses, status] : statuses.filter((s) => s !== status);
    const next = portalStatuses.filter((s) => chosen.includes(s));
    setStatuses(next);
    onChange({ ...filters, statuses: next });
  }

  return (
    <search aria-label="Filter contacts">
      <form
        className="contact-filters"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, search: search.trim() });
        }}
      >
        <div className="field contact-filters__search">
          <label className="field__label" htmlFor="contact-search">
            Search by name or email
          </label>
          <input
            id="contact-search"
            className="field__input"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="e.g. Rivera or @harbor.example"
            autoComplete="off"
            maxLength={200}
          />
        </div>
        <div className="contact-filters__account">
          {filters.accountId ? (
            <AccountChip id={filters.accountId} onClear={() => onChange({ ...filters, accountId: '' })} />
          ) : (
            <AccountPicker
              label="Account"
              onSelect={(account) => onChange({ ...filters, accountId: account.id })}
            />
          )}
        </div>
        <div className="field contact-filters__email">
          <label className="field__label" htmlFor="contact-email-filter">
            Email
          </label>
          <select
            id="contact-email-filter"
            className="field__input"
            value={email}
            onChange={(event) => {
              const next = event.target.value as EmailFilter;
              setEmail(next);
              onChange({ ...filters, email: next });
            }}
          >
            <option value="any">Any</option>
            <option value="with">Has an email</option>
            <option value="without">No email</option>
          </select>
        </div>
        <fieldset className="status-filter">
          <legend className="field__label">Portal status</legend>
          <div className="status-filter__options">
            {portalStatuses.map((status) => (
              <label key={status} className="status-filter__option">
                <input
                  type="checkbox"
                  name="status"
                  value={status}
                  checked={statuses.includes(status)}
                  onChange={(event) => toggleStatus(status, event.target.checked)}
                />
                <span className="status-filter__chip">{portalStatusLabel(status)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {filters.buildingId && (
          <BuildingChip id={filters.buildingId} onClear={() => onChange({ ...filters, buildingId: '' })} />
        )}
      </form>
    </search>
  );
}

function FilterChip({ label, name, onClear }: { label: string; name: string; onClear: () => void }) {
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <span className="filter-chip">
        <span className="filter-chip__name">{name}</span>
        <button type="button" className="filter-chip__clear" onClick={onClear}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">
            Remove the {label.toLowerCase()} filter {name}
          </span>
        </button>
      </span>
    </div>
  );
}

function AccountChip({ id, onClear }: { id: string; onClear: () => void }) {
  const account = useQuery(accountOptions(id));
  const name = account.data?.name ?? (account.isError ? 'Unknown account' : 'Loading…');
  return <FilterChip label="Account" name={name} onClear={onClear} />;
}

function BuildingChip({ id, onClear }: { id: string; onClear: () => void }) {
  const building = useQuery(buildingOptions(id));
  const name = building.data?.name ?? (building.isError ? 'Unknown building' : 'Loading…');
  return <FilterChip label="Building" name={name} onClear={onClear} />;
}
