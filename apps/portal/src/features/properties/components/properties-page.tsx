import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state';
import { LoadError, Loading } from '../../../components/load-state';
import { PropertyMap } from '../../../components/property-map';
import { PropertyTable } from '../../../components/property-table';
import { useOverlay } from '../../../lib/overlay';
import { buildingsOptions } from '../../../lib/portal-queries';
import { usePortalMe } from '../../../lib/session';

/** Every property the customer sees, on the map and in a table, filtered as they type. */
export function PropertiesPage() {
  const me = usePortalMe();
  const overlay = useOverlay();
  const buildings = useQuery(buildingsOptions());
  const [filter, setFilter] = useState('');

  if (buildings.isPending) return <Loading>Loading your properties…</Loading>;
  if (buildings.isError)
    return (
      <LoadError what="your properties" error={buildings.error} retry={() => void buildings.refetch()} />
    );

  const words = filter.trim().toLowerCase();
  const shown = buildings.data.items.filter(
    (b) => !words || `${b.name} ${b.address ?? ''} ${b.accountName}`.toLowerCase().includes(words),
  );

  return (
    <div className="page">
      <h1 className="page__title">Properties</h1>
      {buildings.data.total === 0 ? (
        <EmptyState title="No properties yet." help="properties">
          <p>{me.organization.name} has not linked any properties to you yet.</p>
        </EmptyState>
      ) : (
        <>
          <PropertyMap places={buildings.data.items} onOpen={(id) => overlay.open(`/property/${id}`)} />
          <label className="filter filter--wide">
            Find a property
            <input
              type="search"
              value={filter}
              onChange={(event) => setFilter(event.target.value)}
              placeholder="Name or address"
            />
          </label>
          {shown.length === 0 ? (
            <EmptyState title="No property matches." />
          ) : (
            <PropertyTable buildings={shown} access={me.access} overlayHref={overlay.href} />
          )}
          {buildings.data.total > buildings.data.items.length && (
            <p className="muted">
              Showing the first {buildings.data.items.length} of {buildings.data.total} properties. Use Search
              to find the others.
            </p>
          )}
        </>
      )}
    </div>
  );
}
