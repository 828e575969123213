import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '../../../lib/format';
import { statusLabels } from '../api/labels';
import { type PortalServiceRequest, photoOptions } from '../api/service-requests';

/** What happened to the request, oldest first: raised, then each change with its note. */
export function RequestTimeline({ history }: { history: PortalServiceRequest['history'] }) {
  return (
    <ol className="request-timeline">
      {history.map((entry) => (
        <li key={entry.id} className="request-timeline__item">
          <span className="request-timeline__label">
            {entry.fromStatus ? statusLabels[entry.toStatus] : 'Request raised'}
            {entry.scheduledFor && `: ${formatDateTime(entry.scheduledFor)}`}
          </span>
          {entry.note && <span className="request-timeline__note">{entry.note}</span>}
          <span className="row-sub">
            {entry.actor.name} · <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}

function Photo({ requestId, photo }: { requestId: string; photo: PortalServiceRequest['photos'][number] }) {
  const url = useQuery(photoOptions(requestId, photo.id));
  if (url.isError) return <p className="field__error">Could not load {photo.filename}.</p>;
  if (!url.data)
    return (
      <span className="request-photos__placeholder" role="status" aria-label={`Loading ${photo.filename}`} />
    );
  return (
    <a href={url.data} target="_blank" rel="noreferrer">
      <img className="request-photos__image" src={url.data} alt={photo.filename} />
    </a>
  );
}

export function RequestPhotos({ request }: { request: PortalServiceRequest }) {
  if (request.photos.length === 0) return null;
  return (
    <ul className="request-photos" aria-label="Photos">
      {request.photos.map((photo) => (
        <li key={photo.id}>
          <Photo requestId={request.id} photo={photo} />
        </li>
      ))}
    </ul>
  );
}
