import { type DbOrTx, schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, RuleViolationError } from '../errors';
import { recordEvents } from '../invitations/events';
import { revokeAllSessions } from '../sessions/refresh-tokens';
import { recordWebhookEvent } from '../webhooks/record-event';

const { contacts } = schema;

/**
 * Suspends a contact's portal access at once: sessions are revoked, and every portal request
 * re-reads the flag, so even an unexpired access token stops working. The note is what the
 * contact sees when they try to sign in. Run inside a transaction.
 */
export async function suspendContact(
  tx: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  note: string,
): Promise<void> {
  const [row] = await tx
    .update(contacts)
    .set({ suspended: true, suspendedNote: note.trim() || null, suspendedAt: new Date() })
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId), eq(contacts.suspended, false)))
    .returning({
      id: contacts.id,
      email: contacts.email,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
    });
  if (!row) {
    await assertExists(tx, ctx, contactId);
    throw new RuleViolationError('This contact is already suspended.');
  }
  await revokeAllSessions(tx, 'portal', contactId);
  await recordEvents(tx, [
    {
      orgId: ctx.orgId,
      contactId,
      type: 'suspended',
      actor: ctx.actor,
      detail: { note: note.trim() || null },
    },
  ]);
  // The note is for the contact, not for other systems: it stays out of the payload.
  await recordWebhookEvent(tx, {
    orgId: ctx.orgId,
    type: 'contact.suspended',
    data: { contactId, email: row.email, firstName: row.firstName, lastName: row.lastName },
  });
}

export async function reinstateContact(tx: DbOrTx, ctx: OfficeContext, contactId: string): Promise<void> {
  const [row] = await tx
    .update(contacts)
    .set({ suspended: false, suspendedNote: null, suspendedAt: null })
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId), eq(contacts.suspended, true)))
    .returning({ id: contacts.id });
  if (!row) {
    await assertExists(tx, ctx, contactId);
    throw new RuleViolationError('This contact is not suspended.');
  }
  await recordEvents(tx, [{ orgId: ctx.orgId, contactId, type: 'reinstated', actor: ctx.actor }]);
}

async function assertExists(tx: DbOrTx, ctx: OfficeContext, contactId: string) {
  const [found] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId)))
    .limit(1);
  if (!found) throw new NotFoundError('Contact');
}
