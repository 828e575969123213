import { useEffect, useState } from 'react';
import { useSearchText } from '../../../lib/use-search-text';
import { kindLabels, kindOrder } from '../api/document-labels';
import type { DocumentFilters as Filters } from '../api/documents';
import { AccountFilter, BuildingFilter } from './filter-picker';

interface DocumentFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

type SelectKey = 'kind' | 'published' | 'decision';

const selects: { key: SelectKey; label: string; options: [string, string][] }[] = [
  {
    key: 'kind',
    label: 'Kind',
    options: [['', 'Any kind'], ...kindOrder.map((kind): [string, string] => [kind, kindLabels[kind]])],
  },
  {
    key: 'published',
    label: 'In the portal',
    options: [
      ['', 'Any'],
      ['yes', 'Published'],
      ['no', 'Not published'],
    ],
  },
  {
    key: 'decision',
    label: 'Proposal decision',
    options: [
      ['', 'Any'],
      ['accepted', 'Accepted'],
      ['declined', 'Declined'],
      ['undecided', 'Awaiting a decision'],
    ],
  },
];

export function DocumentFilters({ filters, onChange }: DocumentFiltersProps) {
  const [search, setSearch] = useSearchText(filters.search, (text) => onChange({ ...filters, search: text }));
  // Mirror the URL but flip at once: the router applies a new URL in a transition.
  const [chosen, setChosen] = useState({
    kind: filters.kind,
    published: filters.published,
    decision: filters.decision,
  });
  useEffect(
    () => setChosen({ kind: filters.kind, published: filters.published, decision: filters.decision }),
    [filters.kind, filters.published, filters.decision],
  );

  return (
    <search aria-label="Filter documents">
      <form
        className="doc-filters"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, search: search.trim() });
        }}
      >
        <div className="field doc-filters__search">
          <label className="field__label" htmlFor="document-search">
            Search by title or number
          </label>
          <input
            id="document-search"
            className="field__input"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="e.g. Q-1042 or sprinkler"
            autoComplete="off"
            maxLength={200}
          />
        </div>
        {selects.map(({ key, label, options }) => (
          <div key={key} className="field">
            <label className="field__label" htmlFor={`document-${key}`}>
              {label}
            </label>
            <select
              id={`document-${key}`}
              className="field__input"
              value={chosen[key]}
              onChange={(event) => {
                const next = { ...filters, [key]: event.target.value } as Filters;
                setChosen({ kind: next.kind, published: next.published, decision: next.decision });
                onChange(next);
              }}
            >
              {options.map(([value, text]) => (
                <option key={value} value={value}>
                  {text}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="doc-filters__picker">
          <AccountFilter
            value={filters.accountId}
            // A building of another account would leave nothing to list.
            onChange={(accountId) => onChange({ ...filters, accountId, buildingId: '' })}
          />
        </div>
        <div className="doc-filters__picker">
          <BuildingFilter
            value={filters.buildingId}
            accountId={filters.accountId}
            onChange={(buildingId) => onChange({ ...filters, buildingId })}
          />
        </div>
      </form>
    </search>
  );
}
