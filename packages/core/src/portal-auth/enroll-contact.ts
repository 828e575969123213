import { type DbOrTx, schema } from '@portico/db';
import { eq } from 'drizzle-orm';
import { recordEvents } from '../invitations/events';
import { recordWebhookEvent } from '../webhooks/record-event';
import { noteSignIn } from './portal-sign-in';

const { contacts, invitations, portalIdentities } = schema;

export interface Enrollment {
  contact: typeof contacts.$inferSelect;
  invitationId: string;
  /** Null when the contact signs in without one (single sign-on); "forgot password" adds one later. */
  passwordHash: string | null;
  method: 'invitation' | 'sso';
  /** Extra detail of the `registered` history event. */
  detail?: Record<string, string | number | boolean | null>;
  now: Date;
}

/**
 * The one way a contact becomes enrolled, whatever proved who it is (an invitation's token or
 * code, or an identity provider): its portal identity, the invitation accepted, the status, the
 * `registered` event, the sign-in and the `contact.enrolled` webhook, in the caller's transaction.
 * Answers the contact as it now is.
 */
export async function enrollContact(tx: DbOrTx, e: Enrollment): Promise<typeof contacts.$inferSelect> {
  const { contact, invitationId, passwordHash, now } = e;
  await tx
    .insert(portalIdentities)
    .values({ contactId: contact.id, orgId: contact.orgId, passwordHash, enrolledAt: now })
    // A password set earlier stays when this enrollment brings none.
    .onConflictDoUpdate({
      target: portalIdentities.contactId,
      set: passwordHash === null ? { enrolledAt: now } : { passwordHash, enrolledAt: now },
    });
  await tx
    .update(invitations)
    .set({ status: 'accepted', acceptedAt: now })
    .where(eq(invitations.id, invitationId));
  const [enrolled] = await tx
    .update(contacts)
    .set({ inviteStatus: 'enrolled' })
    .where(eq(contacts.id, contact.id))
    .returning();
  await recordEvents(tx, [
    {
      orgId: contact.orgId,
      contactId: contact.id,
      invitationId,
      type: 'registered',
      actor: { type: 'contact', id: contact.id },
      ...(e.detail && { detail: e.detail }),
    },
  ]);
  await noteSignIn(tx, contact.orgId, contact.id, e.method);
  const current = enrolled ?? contact;
  await recordWebhookEvent(tx, {
    orgId: contact.orgId,
    type: 'contact.enrolled',
    data: {
      contactId: contact.id,
      email: current.email,
      firstName: contact.firstName,
      lastName: contact.lastName,
      invitationId,
    },
  });
  return current;
}
