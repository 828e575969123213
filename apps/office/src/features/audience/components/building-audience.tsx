import { useQuery } from '@tanstack/react-query';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { buildingAudienceOptions } from '../api/audience';
import { AudienceList } from './audience-list';

/** The building page's "Who can see this?": every contact with a link to it, and what each sees. */
export function BuildingAudience({ buildingId }: { buildingId: string }) {
  const allowed = useCan('access.manage');
  return (
    <section className="tab-section card" aria-labelledby="building-audience-title">
      <div className="tab-section__intro">
        <h2 id="building-audience-title" className="section-title">
          Who can see this?
        </h2>
        <p className="muted">
          Contacts who see this building in the portal, and the link that lets each one in; below them, those
          with a link who are blocked, and why.
        </p>
      </div>
      {allowed === undefined ? (
        <ListSkeleton label="Loading who can see this building" />
      ) : allowed ? (
        <BuildingAudienceList buildingId={buildingId} />
      ) : (
        <p className="muted">Checking who can see a building needs the access.manage permission.</p>
      )}
    </section>
  );
}

function BuildingAudienceList({ buildingId }: { buildingId: string }) {
  const audience = useQuery(buildingAudienceOptions(buildingId));
  if (audience.isPending) return <ListSkeleton label="Loading who can see this building" />;
  if (audience.isError) {
    return (
      <QueryError
        error={audience.error}
        onRetry={() => void audience.refetch()}
        what="who can see this building"
      />
    );
  }
  return <AudienceList audience={audience.data} subject="this building" />;
}
