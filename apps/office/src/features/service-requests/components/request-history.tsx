import { formatDateTime, statusLabels } from '../api/labels';
import type { ServiceRequest } from '../api/service-requests';

/** Every status the request went through, newest first, with who moved it and why. */
export function RequestHistory({ history }: { history: ServiceRequest['history'] }) {
  return (
    <ol className="timeline">
      {[...history].reverse().map((entry) => (
        <li key={entry.id} className="timeline__item">
          <span className="timeline__label">
            {entry.fromStatus ? statusLabels[entry.toStatus] : 'Raised'}
            {entry.scheduledFor && ` for ${formatDateTime(entry.scheduledFor)}`}
          </span>
          {entry.note && <span className="timeline__detail">{entry.note}</span>}
          <span className="timeline__meta">
            {entry.actor.name} · <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}
