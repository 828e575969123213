import { overlayTarget } from '../lib/overlay';
import type { PortalBuilding } from '../lib/portal-types';
import type { AccessAreas } from '../lib/session';
import { OverlayLink } from './list-parts';
import { SeverityBadge } from './severity-badge';

interface PropertyTableProps {
  buildings: readonly PortalBuilding[];
  access: AccessAreas;
  /** The current page's address with an overlay (useOverlay().href). */
  overlayHref: (target: string) => string;
}

/**
 * Each property with what needs attention there: overdue invoices, quotes awaiting approval,
 * open defects. The name opens the property; each count opens its list. A column shows only
 * when the customer may see that area.
 */
export function PropertyTable({ buildings, access, overlayHref }: PropertyTableProps) {
  const columns = [
    access.invoices && { key: 'overdueInvoices', label: 'Overdue invoices' },
    access.proposals && { key: 'outstandingQuotes', label: 'Quotes to approve' },
    access.inspectionReports && { key: 'openDefects', label: 'Open defects' },
  ].filter((c): c is { key: keyof PortalBuilding['counts']; label: string } => Boolean(c));

  const listOf = (building: PortalBuilding, key: keyof PortalBuilding['counts']) => {
    switch (key) {
      case 'overdueInvoices':
        return overlayTarget('/documents', { kind: 'invoice', buildingId: building.id, overdue: true });
      case 'outstandingQuotes':
        return overlayTarget('/quotes', { buildingId: building.id, status: 'pending' });
      case 'openDefects':
        return overlayTarget('/defects', { buildingId: building.id, status: 'open' });
    }
  };

  return (
    <div className="table-scroll">
      <table className="table table--cards">
        <thead>
          <tr>
            <th scope="col">Property</th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className="num">
                {column.label}
              </th>
            ))}
            {access.inspectionReports && <th scope="col">Highest open defect</th>}
          </tr>
        </thead>
        <tbody>
          {buildings.map((building) => (
            <tr key={building.id}>
              <th scope="row" className="row-title">
                <OverlayLink to={overlayHref(`/property/${building.id}`)}>{building.name}</OverlayLink>
                {building.address && <span className="row-sub">{building.address}</span>}
              </th>
              {columns.map((column) => {
                const count = building.counts[column.key];
                return (
                  <td key={column.key} data-label={column.label} className="num">
                    {count > 0 ? (
                      <OverlayLink
                        className={`count-link${column.key === 'outstandingQuotes' ? '' : ' count-link--alert'}`}
                        to={overlayHref(listOf(building, column.key))}
                        label={`${count} ${column.label.toLowerCase()} at ${building.name}`}
                      >
                        {count}
                      </OverlayLink>
                    ) : (
                      <span className="muted">0</span>
                    )}
                  </td>
                );
              })}
              {access.inspectionReports && (
                <td data-label="Highest open defect">
                  {building.highestOpenSeverity ? (
                    <SeverityBadge severity={building.highestOpenSeverity} />
                  ) : (
                    <span className="muted">None</span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
