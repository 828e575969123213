import type { InviteStatus } from '@portico/db';
import { ConflictError, RuleViolationError } from '../errors';

export interface InvitableContact {
  email: string | null;
  suspended: boolean;
  inviteStatus: InviteStatus;
}

/** Why a contact cannot be invited, or null when it can; bulk invites count these reasons. */
export type SkipReason = 'no_email' | 'suspended' | 'enrolled';

export function skipReasonOf(contact: InvitableContact): SkipReason | null {
  if (!contact.email) return 'no_email';
  if (contact.suspended) return 'suspended';
  if (contact.inviteStatus === 'enrolled') return 'enrolled';
  return null;
}

/** The single-invite rules, as the problem answers the office sees. */
export function assertInvitable(contact: InvitableContact): void {
  switch (skipReasonOf(contact)) {
    case 'no_email':
      throw new RuleViolationError(
        'This contact has no email address. Add one before inviting them to the portal.',
        {
          errors: [{ field: 'email', message: 'an email address is needed to send an invitation' }],
        },
      );
    case 'suspended':
      throw new RuleViolationError(
        'This contact is suspended from the portal. Reinstate them before inviting.',
      );
    case 'enrolled':
      throw new ConflictError('This contact is already enrolled in the portal.');
    case null:
      return;
  }
}
