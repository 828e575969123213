import type { Building } from '@portico/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { accountBuildingsOptions } from '../api/account-buildings';

const addressOf = (b: Building) =>
  [b.addressLine1, b.addressLine2, [b.postalCode, b.city].filter(Boolean).join(' '), b.region]
    .filter(Boolean)
    .join(', ');

export function AccountBuildingsTab({ accountId, canWrite }: { accountId: string; canWrite: boolean }) {
  const buildings = useInfiniteQuery(accountBuildingsOptions(accountId));
  const rows = buildings.data?.pages.flatMap((page) => page.items) ?? [];
  // The buildings screen owns the form; it comes back pre-filled with this account.
  const addLink = canWrite && (
    <Link className="button button--primary" to={`/buildings?new=1&accountId=${accountId}`}>
      Add building
    </Link>
  );

  return (
    <div className="tab-section">
      <div className="tab-section__header">
        <p className="muted tab-section__intro">
          Contacts linked to the account see all of these buildings in the portal, including ones added later.
        </p>
        {addLink}
      </div>
      {buildings.isPending ? (
        <ListSkeleton label="Loading buildings" />
      ) : buildings.isError && rows.length === 0 ? (
        <QueryError error={buildings.error} onRetry={() => void buildings.refetch()} what="buildings" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h3 className="state__title">No buildings yet</h3>
          <p className="state__text">Add the sites you serve for this customer.</p>
        </section>
      ) : (
        <>
          <ul className="item-list">
            {rows.map((building) => (
              <li key={building.id} className="item-list__item">
                <div className="item-list__main">
                  <Link className="item-list__name" to={`/buildings/${building.id}`}>
                    {building.name}
                  </Link>
                  <span className="item-list__sub">{addressOf(building) || 'No address'}</span>
                </div>
                {building.siteSource && <span className="badge badge--neutral">{building.siteSource}</span>}
              </li>
            ))}
          </ul>
          <LoadMore query={buildings} what="buildings" />
        </>
      )}
    </div>
  );
}
