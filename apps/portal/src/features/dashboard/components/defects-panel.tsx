import { DefectsByAssetTypeChart, DefectsByMonthChart } from '../../../components/charts/dashboard-charts';
import { OverlayLink } from '../../../components/list-parts';
import { overlayTarget, useOverlay } from '../../../lib/overlay';
import type { PortalDashboard } from '../../../lib/portal-types';
import { Panel } from './panel';

/** Open defects over the last 12 months by severity, and by asset type; every bar opens its defects. */
export function DefectsPanel({
  byMonth,
  byAssetType,
}: {
  byMonth: NonNullable<PortalDashboard['defectsByMonth']>;
  byAssetType: PortalDashboard['defectsByAssetType'];
}) {
  const overlay = useOverlay();
  return (
    <Panel
      title="Your defects"
      wide
      tools={
        <OverlayLink className="text-link" to={overlay.href(overlayTarget('/defects', { status: 'open' }))}>
          All open defects
        </OverlayLink>
      }
    >
      <h3 className="section-title">Raised per month</h3>
      <DefectsByMonthChart
        months={byMonth}
        onSelect={(month, series) =>
          overlay.open(
            overlayTarget('/defects', {
              month,
              ...(series === 'resolved'
                ? { status: 'resolved' }
                : series
                  ? { severity: series, status: 'open' }
                  : {}),
            }),
          )
        }
      />
      {byAssetType && (
        <>
          <h3 className="section-title">Open defects by asset type</h3>
          <DefectsByAssetTypeChart
            types={byAssetType}
            onSelect={(assetType) => overlay.open(overlayTarget('/defects', { assetType, status: 'open' }))}
          />
        </>
      )}
    </Panel>
  );
}
