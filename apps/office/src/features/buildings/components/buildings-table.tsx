import type { Building } from '@portico/api-client';
import { Link } from 'react-router';

export const streetOf = (b: Building) => [b.addressLine1, b.addressLine2].filter(Boolean).join(', ');
export const placeOf = (b: Building) =>
  [[b.postalCode, b.city].filter(Boolean).join(' '), b.region, b.country].filter(Boolean).join(', ');

const dash = <span className="muted">—</span>;

/** A table on wide screens, cards under 640 px (the accounts list's pattern). */
export function BuildingsTable({ buildings, busy }: { buildings: Building[]; busy: boolean }) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table--cards">
        <caption className="visually-hidden">Buildings</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Account</th>
            <th scope="col">Address</th>
            <th scope="col">Site source</th>
          </tr>
        </thead>
        <tbody>
          {buildings.map((building) => (
            <tr key={building.id}>
              <th scope="row" className="table__primary">
                <Link className="table__name" to={`/buildings/${building.id}`}>
                  {building.name}
                </Link>
                {building.externalId && <span className="table__sub">#{building.externalId}</span>}
              </th>
              <td data-label="Account">
                <Link to={`/accounts/${building.accountId}`}>{building.accountName}</Link>
              </td>
              <td data-label="Address">
                {streetOf(building) || placeOf(building) ? (
                  <>
                    <span>{streetOf(building)}</span>
                    <span className="table__sub">{placeOf(building)}</span>
                  </>
                ) : (
                  dash
                )}
              </td>
              <td data-label="Site source">{building.siteSource ?? dash}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
