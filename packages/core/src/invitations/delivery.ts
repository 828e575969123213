import { type DbOrTx, hashToken, newToken, schema } from '@portico/db';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { contactEventData, recordWebhookEvent } from '../webhooks/record-event';
import { recordEvents, systemActor } from './events';
import {
  chosenTemplate,
  defaultTemplate,
  emailFields,
  type InvitationEmail,
  type LinkOptions,
  templateOf,
  toInvitationEmail,
} from './invitation-email';

const { contacts, invitationEvents, invitations, organizations } = schema;

/** Reasons are shown to office staff and kept in the history; an SMTP transcript can be long. */
const MAX_REASON_LENGTH = 500;
export const clipReason = (text: string) =>
  text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text;

export interface InvitationSendClaim extends InvitationEmail {
  /** The link token: held in memory for this one send, only its hash is stored. */
  token: string;
}

/**
 * Claims an invitation's email for one sender: `queued -> sending`, with a freshly minted link
 * token whose hash replaces any earlier one. The conditional UPDATE is the guard that makes an
 * at-least-once job send at most once per claim: a duplicate job, a revoked, accepted or expired
 * invitation, or one already sent all get null. A contact whose email was removed since the invite
 * fails the send for good (nothing to retry). One round trip (the UPDATE runs in a CTE and the
 * email's data is joined to its RETURNING): this runs for every email of a 100k batch.
 */
export async function claimInvitationSend(
  db: DbOrTx,
  invitationId: string,
  options: LinkOptions,
): Promise<InvitationSendClaim | null> {
  const now = options.now ?? new Date();
  const token = newToken();
  const claimed = db.$with('claimed').as(
    db
      .update(invitations)
      .set({
        deliveryState: 'sending',
        deliveryAttempts: sql`${invitations.deliveryAttempts} + 1`,
        tokenHash: hashToken(token),
      })
      .where(
        and(
          eq(invitations.id, invitationId),
          eq(invitations.deliveryState, 'queued'),
          eq(invitations.status, 'pending'),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning({
        orgId: invitations.orgId,
        contactId: invitations.contactId,
        templateId: invitations.templateId,
        expiresAt: invitations.expiresAt,
        fromAddress: invitations.fromAddress,
      }),
  );
  const on = templateOf('invitation', claimed.templateId, claimed.orgId);
  const rows = await db
    .with(claimed)
    .select({
      orgId: claimed.orgId,
      contactId: claimed.contactId,
      expiresAt: claimed.expiresAt,
      fromAddress: claimed.fromAddress,
      ...emailFields,
    })
    .from(claimed)
    .innerJoin(contacts, eq(contacts.id, claimed.contactId))
    .innerJoin(organizations, eq(organizations.id, claimed.orgId))
    .leftJoin(chosenTemplate, on.chosen)
    .leftJoin(defaultTemplate, on.fallback);
  const [row] = rows;
  if (!row) return null;
  const email = toInvitationEmail(invitationId, row, 'invitation', { portalUrl: options.portalUrl, token });
  if (!email) {
    await failInvitationSend(db, invitationId, 'The contact has no email address.');
    return null;
  }
  return { ...email, token };
}

/**
 * Records a delivered invitation email (`sending -> sent`) and its SMTP message id, with its
 * email_sent event in the same statement, and its `invitation.sent` webhook event in the same
 * transaction.
 */
export async function markInvitationSent(
  db: DbOrTx,
  invitationId: string,
  messageId: string,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const sent = tx.$with('sent').as(
      tx
        .update(invitations)
        .set({ deliveryState: 'sent', sentAt: new Date(), messageId, lastError: null })
        .where(and(eq(invitations.id, invitationId), eq(invitations.deliveryState, 'sending')))
        .returning({ id: invitations.id, orgId: invitations.orgId, contactId: invitations.contactId }),
    );
    const events = await tx
      .with(sent)
      .insert(invitationEvents)
      .select((qb) =>
        qb
          // Drizzle's INSERT … SELECT wants every column, in the table's order.
          .select({
            id: sql`gen_random_uuid()`.as('id'),
            orgId: sent.orgId,
            contactId: sent.contactId,
            invitationId: sent.id,
            type: sql`'email_sent'::invitation_event_type`.as('type'),
            actorType: sql`'system'::actor_type`.as('actor_type'),
            actorId: sql`null::uuid`.as('actor_id'),
            detail: sql`jsonb_build_object('messageId', ${messageId}::text)`.as('detail'),
            createdAt: sql`now()`.as('created_at'),
          })
          .from(sent),
      )
      .returning({ orgId: invitationEvents.orgId, contactId: invitationEvents.contactId });
    const [event] = events;
    if (!event) return false;
    await recordWebhookEvent(tx, {
      orgId: event.orgId,
      type: 'invitation.sent',
      data: contactEventData(tx, event.contactId, { invitationId }),
    });
    return true;
  });
}

/**
 * Gives a failed attempt back (`sending -> queued`) so the next one can claim it. The token of
 * the failed attempt never reached anyone; its hash is dropped with it.
 */
export async function releaseInvitationSend(
  db: DbOrTx,
  invitationId: string,
  error: string,
): Promise<boolean> {
  const released = await db
    .update(invitations)
    .set({ deliveryState: 'queued', tokenHash: null, lastError: clipReason(error) })
    .where(and(eq(invitations.id, invitationId), eq(invitations.deliveryState, 'sending')))
    .returning({ id: invitations.id });
  return released.length > 0;
}

/** The last attempt failed: `failed`, listed for the office with a retry action. */
export async function failInvitationSend(db: DbOrTx, invitationId: string, reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [failed] = await tx
      .update(invitations)
      .set({ deliveryState: 'failed', tokenHash: null, lastError: clipReason(reason) })
      .where(and(eq(invitations.id, invitationId), inArray(invitations.deliveryState, ['queued', 'sending'])))
      .returning({ orgId: invitations.orgId, contactId: invitations.contactId });
    if (!failed) return false;
    await recordEvents(tx, [
      {
        ...failed,
        invitationId,
        type: 'email_failed',
        actor: systemActor,
        detail: { reason: clipReason(reason) },
      },
    ]);
    await recordWebhookEvent(tx, {
      orgId: failed.orgId,
      type: 'invitation.failed',
      data: contactEventData(tx, failed.contactId, { invitationId, reason: clipReason(reason) }),
    });
    return true;
  });
}
