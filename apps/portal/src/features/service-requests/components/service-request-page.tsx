import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { LoadError, Loading } from '../../../components/load-state';
import { formatDateTime } from '../../../lib/format';
import { statusBadge, statusLabels, urgencyLabels } from '../api/labels';
import { type RaiseResult, serviceRequestOptions } from '../api/service-requests';
import { RequestPhotos, RequestTimeline } from './request-timeline';

/** One request (where the email's link lands): its status, timeline and photos. */
export function ServiceRequestPage() {
  const { id = '' } = useParams();
  const request = useQuery(serviceRequestOptions(id));
  // Photos the API refused while raising it (the request itself went in).
  const failed = (useLocation().state as { failedPhotos?: RaiseResult['failedPhotos'] } | null)?.failedPhotos;

  return (
    <article className="page" aria-labelledby="request-title">
      <p>
        <Link className="text-link" to="/service-requests">
          ← All requests
        </Link>
      </p>
      {request.isPending ? (
        <Loading>Loading the request…</Loading>
      ) : request.isError ? (
        <>
          <h1 id="request-title" className="page__title">
            Service request
          </h1>
          <LoadError what="this request" error={request.error} retry={() => void request.refetch()} />
        </>
      ) : (
        <>
          <h1 id="request-title" className="page__title">
            Request #{request.data.number}
          </h1>
          <p className="badges">
            <span className={statusBadge[request.data.status]}>{statusLabels[request.data.status]}</span>
          </p>
          {failed && failed.length > 0 && (
            <div className="alert alert--error" role="alert">
              <p>Your request was sent, but these photos were not:</p>
              <ul>
                {failed.map((f) => (
                  <li key={f.name}>
                    {f.name}: {problemMessage(f.error)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {request.data.declineReason && (
            <p className="alert alert--error">Declined: {request.data.declineReason}</p>
          )}
          <dl className="facts">
            <dt>Property</dt>
            <dd>{request.data.buildingName}</dd>
            <dt>Urgency</dt>
            <dd>{urgencyLabels[request.data.urgency]}</dd>
            {request.data.scheduledFor && (
              <>
                <dt>Planned for</dt>
                <dd>{formatDateTime(request.data.scheduledFor)}</dd>
              </>
            )}
            <dt>Raised by</dt>
            <dd>{request.data.requestedBy?.name ?? '—'}</dd>
            <dt>Raised on</dt>
            <dd>{formatDateTime(request.data.createdAt)}</dd>
          </dl>
          <p className="request-description">{request.data.description}</p>
          <RequestPhotos request={request.data} />
          <h2 className="section-title">Progress</h2>
          <RequestTimeline history={request.data.history} />
        </>
      )}
    </article>
  );
}
