import type { InviteStatus } from '@portico/db';

export const portalStatuses = ['not_invited', 'invited', 'expired', 'enrolled', 'suspended'] as const;
export type PortalStatus = (typeof portalStatuses)[number];

/** The one place the shown status is derived: suspension overrides where the invitation stands. */
export function portalStatusOf(contact: { suspended: boolean; inviteStatus: InviteStatus }): PortalStatus {
  return contact.suspended ? 'suspended' : contact.inviteStatus;
}
