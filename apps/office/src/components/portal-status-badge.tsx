import type { Contact } from '@portico/api-client';

type PortalStatus = Contact['portalStatus'];

/** Words office staff know from the contact list (seed 001), and a colour per stage. */
const looks: Record<PortalStatus, { label: string; tone: string }> = {
  not_invited: { label: 'Not invited', tone: 'badge--muted' },
  invited: { label: 'Invited', tone: 'badge--neutral' },
  expired: { label: 'Invite expired', tone: 'badge--warning' },
  enrolled: { label: 'Enrolled', tone: 'badge--success' },
  suspended: { label: 'Suspended', tone: 'badge--danger' },
};

export function portalStatusLabel(status: PortalStatus): string {
  return looks[status].label;
}

export function PortalStatusBadge({ status }: { status: PortalStatus }) {
  const { label, tone } = looks[status];
  return <span className={`badge ${tone}`}>{label}</span>;
}
