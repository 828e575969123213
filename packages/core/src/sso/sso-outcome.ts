import { type DbOrTx, schema } from '@portico/db';
import { and, desc, eq, gt, sql } from 'drizzle-orm';
import { enrollContact } from '../portal-auth/enroll-contact';
import { type PortalContact, toPortalContact } from '../portal-auth/portal-contacts';
import { noteSignIn } from '../portal-auth/portal-sign-in';
import { SsoRefusedError } from './refusals';

const { contacts, invitations, organizations, portalIdentities } = schema;

export interface VerifiedIdentity {
  orgId: string;
  providerId: string;
  providerName: string;
  /** Only an email the provider marked `email_verified: true` gets this far. */
  email: string;
}

/**
 * Who a verified email is in this organization, and what happens: an enrolled contact is signed
 * in; an invited one is enrolled (as if it had accepted its invitation, with no password); anyone
 * else is refused and nothing is written. Run inside a transaction.
 */
export async function signInVerifiedEmail(
  tx: DbOrTx,
  identity: VerifiedIdentity,
  now = new Date(),
): Promise<PortalContact> {
  const [row] = await tx
    .select({ contact: contacts, organization: organizations, identity: portalIdentities.contactId })
    .from(contacts)
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .leftJoin(portalIdentities, eq(portalIdentities.contactId, contacts.id))
    .where(
      and(
        eq(contacts.orgId, identity.orgId),
        sql`lower(${contacts.email}) = lower(${identity.email.trim()})`,
      ),
    )
    .for('update', { of: contacts })
    .limit(1);
  if (!row) throw new SsoRefusedError('unknown_email');
  const { contact } = row;
  if (contact.suspended) throw new SsoRefusedError('suspended', { suspendedNote: contact.suspendedNote });

  if (contact.inviteStatus === 'enrolled' && row.identity) {
    await noteSignIn(tx, contact.orgId, contact.id, 'sso');
    return toPortalContact(contact, row.organization);
  }
  if (contact.inviteStatus === 'expired') throw new SsoRefusedError('invitation_expired');
  if (contact.inviteStatus !== 'invited') throw new SsoRefusedError('not_invited');
  return enrollInvited(tx, identity, row.contact, row.organization, now);
}

async function enrollInvited(
  tx: DbOrTx,
  identity: VerifiedIdentity,
  contact: typeof contacts.$inferSelect,
  organization: typeof organizations.$inferSelect,
  now: Date,
): Promise<PortalContact> {
  const [invitation] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.orgId, contact.orgId),
        eq(invitations.contactId, contact.id),
        eq(invitations.status, 'pending'),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt))
    .for('update')
    .limit(1);
  if (!invitation) throw new SsoRefusedError('invitation_expired');

  // No password: the provider is how this contact signs in. "Forgot password" can add one later.
  const enrolled = await enrollContact(tx, {
    contact,
    invitationId: invitation.id,
    passwordHash: null,
    method: 'sso',
    detail: { method: 'sso', provider: identity.providerName },
    now,
  });
  return toPortalContact(enrolled, organization);
}
