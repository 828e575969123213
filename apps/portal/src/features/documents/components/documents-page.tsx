import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { useDebounced } from '../../../lib/debounce';
import { type AreaInfo, allowedAreas } from '../../../lib/document-areas';
import { buildingsOptions } from '../../../lib/portal-queries';
import { usePortalMe } from '../../../lib/session';
import type { DocumentFilters } from '../api/documents';
import { DocumentList } from './document-list';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in the address, so a filtered list can be shared, bookmarked and reached by Back. */
function filtersFrom(params: URLSearchParams, area: AreaInfo): DocumentFilters {
  const get = (key: string) => params.get(key) ?? '';
  const decision = get('decision');
  return {
    kind: area.kind,
    ...(get('buildingId') && { buildingId: get('buildingId') }),
    ...(get('q').trim().length > 0 && { q: get('q').trim() }),
    ...(DAY.test(get('from')) && { from: get('from') }),
    ...(DAY.test(get('to')) && { to: get('to') }),
    ...(area.kind === 'invoice' && get('overdue') === 'true' && { overdue: true }),
    ...(area.kind === 'proposal' &&
      (decision === 'accepted' || decision === 'declined' || decision === 'undecided') && { decision }),
  };
}

/** Documents by area (the tabs the customer has), filtered by property, dates, words and state. */
export function DocumentsPage() {
  const me = usePortalMe();
  const [params, setParams] = useSearchParams();
  const areas = allowedAreas(me.access);
  const area = areas.find((a) => a.area === params.get('area')) ?? areas[0];
  const settled = new URLSearchParams(useDebounced(params.toString()));
  const filters = area ? filtersFrom(settled, area) : null;
  const properties = useQuery(buildingsOptions());

  if (!area || !filters) {
    return (
      <div className="page">
        <h1 className="page__title">Documents</h1>
        <EmptyState
          title={`${me.organization.name} has not shared any documents with you yet.`}
          help="documents"
        >
          <p>Ask them to open inspection reports, service reports, proposals or invoices to you.</p>
        </EmptyState>
      </div>
    );
  }

  function set(key: string, value: string) {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }
  const tabHref = (target: AreaInfo) => `/documents?area=${target.area}`;

  return (
    <div className="page">
      <h1 className="page__title">Documents</h1>
      <nav aria-label="Document areas">
        <ul className="tabs">
          {areas.map((a) => (
            <li key={a.area}>
              <Link
                className="tabs__tab"
                to={tabHref(a)}
                aria-current={a.area === area.area ? 'page' : undefined}
              >
                {a.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        className="filters"
        aria-label={`Filter ${area.label.toLowerCase()}`}
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="filter">
          Search
          <input
            type="search"
            value={params.get('q') ?? ''}
            onChange={(event) => set('q', event.target.value)}
            placeholder="Title or number"
            maxLength={100}
          />
        </label>
        <label className="filter">
          Property
          <select
            value={params.get('buildingId') ?? ''}
            onChange={(event) => set('buildingId', event.target.value)}
          >
            <option value="">All properties</option>
            {properties.data?.items.map((building) => (
              <option key={building.id} value={building.id}>
                {building.name}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          Issued from
          <input
            type="date"
            value={params.get('from') ?? ''}
            onChange={(event) => set('from', event.target.value)}
          />
        </label>
        <label className="filter">
          Issued to
          <input
            type="date"
            value={params.get('to') ?? ''}
            onChange={(event) => set('to', event.target.value)}
          />
        </label>
        {area.kind === 'invoice' && (
          <label className="checkbox filter--check">
            <input
              type="checkbox"
              checked={params.get('overdue') === 'true'}
              onChange={(event) => set('overdue', event.target.checked ? 'true' : '')}
            />
            <span>Only overdue</span>
          </label>
        )}
        {area.kind === 'proposal' && (
          <label className="filter">
            Decision
            <select
              value={params.get('decision') ?? ''}
              onChange={(event) => set('decision', event.target.value)}
            >
              <option value="">Any</option>
              <option value="undecided">Awaiting a decision</option>
              <option value="accepted">Accepted</option>
              <option value="declined">Declined</option>
            </select>
          </label>
        )}
      </form>
      <DocumentList filters={filters} emptyText={`No ${area.label.toLowerCase()} match these filters.`} />
    </div>
  );
}
