import type { PortalStatus } from './contact-filters';

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

export type PortalAction = 'invite' | 'resend' | 'revoke' | 'suspend' | 'reinstate';

/**
 * Which invitation actions make sense in a status (the API refuses the rest): a first or renewed
 * invite, a resend while a link is out or has lapsed, revoking a live link, and suspension.
 */
export function portalActions(status: PortalStatus): PortalAction[] {
  switch (status) {
    case 'not_invited':
      return ['invite', 'suspend'];
    case 'invited':
      return ['resend', 'revoke', 'suspend'];
    case 'expired':
      return ['invite', 'resend', 'suspend'];
    case 'enrolled':
      return ['suspend'];
    case 'suspended':
      return ['reinstate'];
  }
}
