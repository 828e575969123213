import { useQuery } from '@tanstack/react-query';
import { photoOptions, type ServiceRequest } from '../api/service-requests';

function Photo({ requestId, photo }: { requestId: string; photo: ServiceRequest['photos'][number] }) {
  const url = useQuery(photoOptions(requestId, photo.id));
  if (url.isError) return <p className="alert alert--error">Could not load {photo.filename}.</p>;
  if (!url.data)
    return (
      <span
        className="skeleton service-request__photo"
        role="status"
        aria-label={`Loading ${photo.filename}`}
      />
    );
  return (
    <a href={url.data} target="_blank" rel="noreferrer" className="service-request__photo-link">
      <img
        className="service-request__photo"
        src={url.data}
        alt={`Sent by the customer: ${photo.filename}`}
      />
    </a>
  );
}

export function RequestPhotos({ request }: { request: ServiceRequest }) {
  if (request.photos.length === 0) return <p className="muted">No photos.</p>;
  return (
    <ul className="service-request__photos">
      {request.photos.map((photo) => (
        <li key={photo.id}>
          <Photo requestId={request.id} photo={photo} />
        </li>
      ))}
    </ul>
  );
}
