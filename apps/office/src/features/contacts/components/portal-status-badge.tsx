import type { PortalStatus } from '../utils/contact-filters';
import { portalStatusLooks } from '../utils/portal-status';

/** Colour and a shape per status, and always the word: colour is never the only cue. */
export function PortalStatusBadge({ status }: { status: PortalStatus }) {
  const { label, tone, description } = portalStatusLooks[status];
  return (
    <span className={`portal-badge portal-badge--${tone}`} title={description}>
      <span className="portal-badge__icon" aria-hidden="true" />
      {label}
    </span>
  );
}
