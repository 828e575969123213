import type { Contact } from '@portico/api-client';

export type PortalStatus = Contact['portalStatus'];

export type StatusTone = 'neutral' | 'info' | 'warning' | 'success' | 'danger';

interface StatusLook {
  label: string;
  tone: StatusTone;
  /** One sentence for office staff: what the status means for the contact. */
  description: string;
}

/** The words office staff know from the contact list (seed 001); the tone is never the only cue. */
export const portalStatusLooks: Record<PortalStatus, StatusLook> = {
  not_invited: {
    label: 'Not invited',
    tone: 'neutral',
    description: 'Has not been invited to the customer portal.',
  },
  invited: {
    label: 'Invited',
    tone: 'info',
    description: 'Invited, and has not registered yet.',
  },
  expired: {
    label: 'Expired',
    tone: 'warning',
    description: 'The invitation expired before they registered. Invite them again.',
  },
  enrolled: {
    label: 'Enrolled',
    tone: 'success',
    description: 'Registered: can sign in to the customer portal.',
  },
  suspended: {
    label: 'Suspended',
    tone: 'danger',
    description: 'Cannot sign in to the customer portal until reinstated.',
  },
};

export function portalStatusLabel(status: PortalStatus): string {
  return portalStatusLooks[status].label;
}

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
