import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { DetailSkeleton, NotFoundState } from '../../../components/detail-states';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { formatDateTime } from '../api/labels';
import { serviceRequestOptions } from '../api/service-requests';
import { RequestHistory } from './request-history';
import { RequestPhotos } from './request-photos';
import { StatusBadge, UrgencyText } from './status-badge';
import { StatusForm } from './status-form';

export function ServiceRequestPage() {
  const { requestId = '' } = useParams();
  const request = useQuery(serviceRequestOptions(requestId));
  const canWrite = useCan('contacts.write');

  if (request.isPending) return <DetailSkeleton label="Loading the service request" />;
  if (request.isError) {
    return problemStatus(request.error) === 404 || problemStatus(request.error) === 400 ? (
      <NotFoundState what="service request" back="/service-requests" />
    ) : (
      <QueryError error={request.error} onRetry={() => void request.refetch()} what="the service request" />
    );
  }
  const r = request.data;
  return (
    <>
      <title>{`Request #${r.number} · Portico`}</title>
      <Breadcrumb to="/service-requests" list="Service requests" current={`#${r.number}`} />
      <header className="page-header">
        <div>
          <h1 className="page-header__title">
            Request #{r.number} <StatusBadge status={r.status} />
          </h1>
          <p className="page-header__text">
            {r.accountName} · {r.buildingName}
          </p>
        </div>
      </header>

      <div className="service-request__layout">
        <section className="card stack" aria-label="Request">
          <p className="service-request__description">{r.description}</p>
          <dl className="detail-list">
            <dt>Urgency</dt>
            <dd>
              <UrgencyText urgency={r.urgency} />
            </dd>
            <dt>Raised by</dt>
            <dd>
              {r.requestedBy
                ? `${r.requestedBy.name}${r.requestedBy.email ? ` (${r.requestedBy.email})` : ''}`
                : 'Former contact'}
            </dd>
            <dt>Raised</dt>
            <dd>{formatDateTime(r.createdAt)}</dd>
            {r.scheduledFor && (
              <>
                <dt>Planned for</dt>
                <dd>{formatDateTime(r.scheduledFor)}</dd>
              </>
            )}
            {r.declineReason && (
              <>
                <dt>Declined because</dt>
                <dd>{r.declineReason}</dd>
              </>
            )}
          </dl>
          <h2 className="card__title">Photos</h2>
          <RequestPhotos request={r} />
        </section>

        <section className="card" aria-label="Status">
          {canWrite === false ? (
            <p className="muted">Changing a status needs the contacts.write permission.</p>
          ) : (
            <StatusForm key={r.status} request={r} />
          )}
        </section>

        <section className="card stack" aria-labelledby="request-history">
          <h2 className="card__title" id="request-history">
            History
          </h2>
          <RequestHistory history={r.history} />
        </section>
      </div>
    </>
  );
}
