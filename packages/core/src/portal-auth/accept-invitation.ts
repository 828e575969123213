import { type DbOrTx, hashPassword, hashToken, schema } from '@portico/db';
import { eq } from 'drizzle-orm';
import { GoneError, NotFoundError } from '../errors';
import { enrollContact } from './enroll-contact';
import { assertAcceptablePassword } from './password-policy';
import { type PortalContact, suspendedError, toPortalContact } from './portal-contacts';
import { recordSignUpEmail, signUpEmail } from './sign-up-email';

const { contacts, invitations, organizations } = schema;

const askAgain = 'Ask your service provider for a new invitation.';

export interface AcceptInvitationInput {
  password: string;
  /** Only for a contact without an email (invited by letter): required then, refused otherwise. */
  email?: string | undefined;
}

/**
 * Accepting consumes the invitation token (POST only; opening the link never does): the contact
 * chooses a password, becomes enrolled, and is signed in. Run inside a transaction.
 */
export async function acceptInvitation(
  tx: DbOrTx,
  token: string,
  { password, email }: AcceptInvitationInput,
  now = new Date(),
): Promise<PortalContact> {
  const [row] = await tx
    .select({ invitation: invitations, contact: contacts, organization: organizations })
    .from(invitations)
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .for('update', { of: [invitations, contacts] })
    .limit(1);
  if (!row) throw new NotFoundError('Invitation');
  const { invitation, contact } = row;
  if (invitation.status === 'accepted') {
    throw new GoneError(
      `This invitation has already been used. Sign in instead, or ${askAgain.toLowerCase()}`,
      { code: 'invitation_used' },
    );
  }
  if (invitation.status === 'revoked') {
    throw new GoneError(`This invitation link was replaced or withdrawn. ${askAgain}`, {
      code: 'invitation_revoked',
    });
  }
  if (invitation.status === 'expired' || invitation.expiresAt <= now) {
    throw new GoneError(`This invitation has expired. ${askAgain}`, { code: 'invitation_expired' });
  }
  if (contact.suspended) throw suspendedError(contact.suspendedNote);
  const newEmail = await signUpEmail(tx, contact, email);
  assertAcceptablePassword(password);

  // Taken as given, unverified: holding this invitation's token (the emailed link, or the code of
  // a letter posted to the contact) is the proof of identity, as it is for choosing the password.
  if (newEmail) await recordSignUpEmail(tx, contact.id, newEmail);
  const enrolled = await enrollContact(tx, {
    contact,
    invitationId: invitation.id,
    passwordHash: await hashPassword(password),
    method: 'invitation',
    ...(newEmail && { detail: { emailProvidedAtSignUp: true } }),
    now,
  });
  return toPortalContact(enrolled, row.organization);
}
