import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { OverlayLink } from '../../../components/list-parts';
import { LoadError, Loading } from '../../../components/load-state';
import { SeverityBadge } from '../../../components/severity-badge';
import { AREAS } from '../../../lib/document-areas';
import { overlayTarget, useOverlay } from '../../../lib/overlay';
import type { PortalBuildingDetail } from '../../../lib/portal-types';
import type { AccessAreas } from '../../../lib/session';
import { propertyOptions } from '../api/properties';

const countKey = {
  inspection_report: 'inspectionReport',
  service_report: 'serviceReport',
  proposal: 'proposal',
  invoice: 'invoice',
} as const;

/** Loads a property and frames it (an overlay, given title and subtitle once known). */
export function PropertySummaryLoader({
  id,
  access,
  children,
}: {
  id: string;
  access: AccessAreas;
  children: (title: string, subtitle: string | null, body: ReactNode) => ReactNode;
}) {
  const property = useQuery(propertyOptions(id));
  if (property.isPending) return children('Property', null, <Loading>Loading the property…</Loading>);
  if (property.isError) {
    return children(
      'Property',
      null,
      <LoadError what="this property" error={property.error} retry={() => void property.refetch()} />,
    );
  }
  return children(
    property.data.name,
    property.data.addressLines.join(', ') || null,
    <PropertySummary property={property.data} access={access} />,
  );
}

/** The headline of a property: its account, what needs attention, and its documents by area. */
export function PropertySummary({
  property,
  access,
}: {
  property: PortalBuildingDetail;
  access: AccessAreas;
}) {
  const overlay = useOverlay();
  const documentAreas = AREAS.filter((a) => access[a.area]);
  return (
    <div className="stack">
      <dl className="facts">
        <dt>Account</dt>
        <dd>{property.accountName}</dd>
        <dt>Assets</dt>
        <dd>{property.assetCount}</dd>
        {access.inspectionReports && (
          <>
            <dt>Open defects</dt>
            <dd>
              {property.counts.openDefects}{' '}
              {property.highestOpenSeverity && <SeverityBadge severity={property.highestOpenSeverity} />}
            </dd>
          </>
        )}
        {access.invoices && (
          <>
            <dt>Overdue invoices</dt>
            <dd>{property.counts.overdueInvoices}</dd>
          </>
        )}
        {access.proposals && (
          <>
            <dt>Quotes to approve</dt>
            <dd>{property.counts.outstandingQuotes}</dd>
          </>
        )}
      </dl>
      <p>
        <Link
          className="button button--secondary button--small"
          to={`/service-requests/new?buildingId=${property.id}`}
        >
          Request service here
        </Link>
      </p>
      {documentAreas.length > 0 && (
        <ul className="tallies" aria-label="Documents of this property">
          {documentAreas.map((area) => (
            <li key={area.kind} className="tallies__item">
              <OverlayLink
                className="tally"
                to={overlay.href(overlayTarget('/documents', { kind: area.kind, buildingId: property.id }))}
              >
                <span className="tally__value">{property.documentCounts[countKey[area.kind]]}</span>
                <span className="tally__label">{area.label}</span>
              </OverlayLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
