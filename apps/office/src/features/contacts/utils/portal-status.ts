import type { PortalStatus } from './contact-filters';

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
