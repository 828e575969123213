import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ServiceCallsChart, SpendChart, stageParam } from '../../../components/charts/dashboard-charts';
import { EmptyState } from '../../../components/empty-state';
import { OverlayLink } from '../../../components/list-parts';
import { LoadError, Loading } from '../../../components/load-state';
import { NoContentYet } from '../../../components/no-content-yet';
import { PropertyMap } from '../../../components/property-map';
import { PropertyTable } from '../../../components/property-table';
import { kindLabel } from '../../../lib/document-areas';
import { formatDate } from '../../../lib/format';
import { overlayTarget, useOverlay } from '../../../lib/overlay';
import { buildingsOptions } from '../../../lib/portal-queries';
import type { PortalBuilding, PortalDashboard } from '../../../lib/portal-types';
import { usePortalMe } from '../../../lib/session';
import { accessAreaNames } from '../api/access-areas';
import { dashboardOptions, recentDocumentsOptions } from '../api/dashboard';
import { ActivityPanel } from './activity-panel';
import { DefectsPanel } from './defects-panel';
import { Panel } from './panel';
import { RoutinePanel } from './routine-panel';
import { Tally } from './tally';
import { Welcome } from './welcome';

const PROPERTIES_SHOWN = 8;

/** Nothing published and nothing counted: the portal has yet to receive anything for this customer. */
function isEmpty(dashboard: PortalDashboard, documents: number): boolean {
  if (documents > 0) return false;
  const counted = [
    ...(dashboard.defectsByMonth ?? []).map(
      (m) => m.resolved + Object.values(m.open).reduce((a, b) => a + b, 0),
    ),
    ...(dashboard.routineByMonth?.months ?? []).map((m) => m.onTime + m.late + m.overdue + m.pending),
    ...(dashboard.serviceCallsByMonth ?? []).map(
      (m) => m.onHold + m.ready + m.inProgress + m.performed + m.complete,
    ),
  ];
  return counted.every((n) => n === 0);
}

/** The properties that need attention first: the worst open defects, then the most overdue. */
const attention = (b: PortalBuilding) =>
  b.counts.overdueInvoices * 1000 + b.counts.openDefects * 10 + b.counts.outstandingQuotes;

export function DashboardPage() {
  const me = usePortalMe();
  const overlay = useOverlay();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const dashboard = useQuery(dashboardOptions(year));
  const buildings = useQuery(buildingsOptions());
  const recent = useQuery(recentDocumentsOptions());
  const { panels } = me;

  if (dashboard.isPending || buildings.isPending || recent.isPending) {
    return (
      <div className="page">
        <Welcome me={me} />
        <Loading>Loading your dashboard…</Loading>
      </div>
    );
  }
  const failed = [dashboard, buildings, recent].find((q) => q.isError);
  if (failed?.isError && (!dashboard.data || !buildings.data || !recent.data)) {
    return (
      <div className="page">
        <Welcome me={me} />
        <LoadError what="your dashboard" error={failed.error} retry={() => void failed.refetch()} />
      </div>
    );
  }
  if (!dashboard.data || !buildings.data || !recent.data) return null;

  const data = dashboard.data;
  const properties = buildings.data.items;
  const empty = isEmpty(data, recent.data.total);
  const topProperties = [...properties]
    .sort((a, b) => attention(b) - attention(a))
    .slice(0, PROPERTIES_SHOWN);
  const { counts } = data;
  const showActivity = panels.activityReport && data.activity !== null;

  return (
    <div className="page">
      <Welcome me={me} />
      {empty && <NoContentYet organization={me.organization.name} areas={accessAreaNames(me.access)} />}

      {!empty && (
        <ul className="tallies tallies--headline" aria-label="Needs your attention">
          {counts.overdueInvoices !== null && (
            <Tally
              value={counts.overdueInvoices}
              label="Overdue invoices"
              href={overlay.href(overlayTarget('/documents', { kind: 'invoice', overdue: true }))}
              alert
            />
          )}
          {counts.outstandingQuotes !== null && (
            <Tally
              value={counts.outstandingQuotes}
              label="Quotes awaiting approval"
              href={overlay.href(overlayTarget('/quotes', { status: 'pending' }))}
            />
          )}
          {counts.openDefects !== null && (
            <Tally
              value={counts.openDefects}
              label="Open defects"
              href={overlay.href(overlayTarget('/defects', { status: 'open' }))}
              alert
            />
          )}
        </ul>
      )}

      <div className="panels">
        {recent.data.total > 0 && (
          <Panel
            title="Latest documents"
            wide={!showActivity}
            tools={
              <Link className="text-link" to="/documents">
                All documents
              </Link>
            }
          >
            <ul className="doc-list">
              {recent.data.items.map((document) => (
                <li key={document.id} className="doc-list__item">
                  <OverlayLink to={overlay.href(`/document/${document.id}`)}>{document.title}</OverlayLink>
                  <span className="row-sub">
                    {kindLabel(document.kind)} · {document.buildingName ?? document.accountName} ·{' '}
                    {formatDate(document.issuedOn)}
                    {document.overdue && <span className="badge badge--danger">Overdue</span>}
                    {document.kind === 'proposal' && !document.decision && (
                      <span className="badge badge--warning">Awaiting your decision</span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </Panel>
        )}

        {showActivity && data.activity && <ActivityPanel activity={data.activity} />}

        <Panel title="Map of your properties" wide>
          {properties.length > 0 ? (
            <PropertyMap places={properties} onOpen={(id) => overlay.open(`/property/${id}`)} />
          ) : (
            <EmptyState title="No properties yet." />
          )}
        </Panel>

        <Panel
          title="Your properties"
          wide
          tools={
            properties.length > PROPERTIES_SHOWN && (
              <Link className="text-link" to="/properties">
                All {buildings.data.total} properties
              </Link>
            )
          }
        >
          {properties.length > 0 ? (
            <PropertyTable buildings={topProperties} access={me.access} overlayHref={overlay.href} />
          ) : (
            <EmptyState title="No properties yet." help="properties">
              <p>{me.organization.name} has not linked any properties to you yet.</p>
            </EmptyState>
          )}
        </Panel>

        {panels.defectAnalytics && data.defectsByMonth && (
          <DefectsPanel byMonth={data.defectsByMonth} byAssetType={data.defectsByAssetType} />
        )}

        {panels.routineActivities && data.routineByMonth && (
          <RoutinePanel
            routine={data.routineByMonth}
            onYear={setYear}
            loading={dashboard.isPlaceholderData}
          />
        )}

        {panels.serviceCalls && data.serviceCallsByMonth && (
          <Panel title="Service calls">
            <ServiceCallsChart
              months={data.serviceCallsByMonth}
              onSelect={(month, stage) =>
                overlay.open(
                  overlayTarget('/tasks', { kind: 'reactive', month, stage: stage && stageParam[stage] }),
                )
              }
            />
          </Panel>
        )}

        {panels.spendTracking && data.spend && (
          <Panel title="Spend">
            <SpendChart
              months={data.spend}
              onSelect={(month) =>
                overlay.open(overlayTarget('/documents', { kind: 'invoice', ...monthRange(month) }))
              }
            />
          </Panel>
        )}
      </div>
    </div>
  );
}

/** The first and last day of a month 'YYYY-MM', for the issued-on filter. */
function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
