import { type DbOrTx, hashToken, newToken, schema } from '@portico/db';
import { and, eq, inArray, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { contactEventData, recordWebhookEvent, recordWebhookEvents } from '../webhooks/record-event';
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
 * A batch's per-row values travel as arrays: `ids` (uuid[]) and a column of values in the same
 * order. Given as SQL, so the same helpers serve literal arrays (one parameter each, however many
 * values) and the prepared claim's placeholders.
 */
const arrayOf = (values: string[] | Placeholder, type: 'uuid' | 'text') =>
  sql`${Array.isArray(values) ? sql.param(values) : values}::${sql.raw(type)}[]`;

/** The value of `values` at the position of the row's id in `ids`: one column of a batch. */
const atIdPosition = (ids: SQL, values: SQL) => sql`(${values})[array_position(${ids}, ${invitations.id})]`;

/** The row's id is one of `ids`. */
const idIn = (ids: SQL) => sql`${invitations.id} = any(${ids})`;

/**
 * The claim statement over placeholders (`ids`, `hashes`, `now`), prepared: drizzle builds its text
 * once per database handle instead of once per batch (building it cost more CPU than running it),
 * and PostgreSQL keeps its plan per connection.
 */
function prepareClaim(db: DbOrTx) {
  const ids = arrayOf(sql.placeholder('ids'), 'uuid');
  const claimed = db.$with('claimed').as(
    db
      .update(invitations)
      .set({
        deliveryState: 'sending',
        deliveryAttempts: sql`${invitations.deliveryAttempts} + 1`,
        // Said here: the column's $onUpdate default would be frozen into the prepared statement.
        updatedAt: sql`now()`,
        tokenHash: atIdPosition(ids, arrayOf(sql.placeholder('hashes'), 'text')),
      })
      .where(
        and(
          idIn(ids),
          eq(invitations.deliveryState, 'queued'),
          eq(invitations.status, 'pending'),
          sql`${invitations.expiresAt} > ${sql.placeholder('now')}::timestamptz`,
        ),
      )
      .returning({
        id: invitations.id,
        orgId: invitations.orgId,
        contactId: invitations.contactId,
        templateId: invitations.templateId,
        expiresAt: invitations.expiresAt,
        fromAddress: invitations.fromAddress,
      }),
  );
  const on = templateOf('invitation', claimed.templateId, claimed.orgId);
  return db
    .with(claimed)
    .select({
      id: claimed.id,
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
    .leftJoin(defaultTemplate, on.fallback)
    .prepare('claim_invitation_sends');
}

const claimStatements = new WeakMap<DbOrTx, ReturnType<typeof prepareClaim>>();

/**
 * Claims invitation emails for one sender: `queued -> sending`, each with a freshly minted link
 * token whose hash replaces any earlier one. The conditional UPDATE is the guard that makes an
 * at-least-once job send at most once per claim: a duplicate job, a revoked, accepted or expired
 * invitation, or one already sent is left out of the answer. A contact whose email was removed
 * since the invite fails the send for good (nothing to retry). One round trip for the whole batch
 * (the UPDATE runs in a CTE and the emails' data is joined to its RETURNING): the worker claims
 * for all its concurrent jobs at once, so a 100k batch does not pay a statement per email.
 */
export async function claimInvitationSends(
  db: DbOrTx,
  invitationIds: readonly string[],
  options: LinkOptions,
): Promise<Map<string, InvitationSendClaim>> {
  const claims = new Map<string, InvitationSendClaim>();
  const ids = [...new Set(invitationIds)];
  if (ids.length === 0) return claims;
  const now = options.now ?? new Date();
  const tokens = ids.map(() => newToken());
  let claim = claimStatements.get(db);
  if (!claim) {
    claim = prepareClaim(db);
    claimStatements.set(db, claim);
  }
  const rows = await claim.execute({ ids, hashes: tokens.map(hashToken), now: now.toISOString() });
  for (const row of rows) {
    const token = tokens[ids.indexOf(row.id)] as string;
    const email = toInvitationEmail(row.id, row, 'invitation', { portalUrl: options.portalUrl, token });
    if (email) claims.set(row.id, { ...email, token });
    else await failInvitationSend(db, row.id, 'The contact has no email address.');
  }
  return claims;
}

/** One invitation's claim (see claimInvitationSends); null when there is nothing to send. */
export async function claimInvitationSend(
  db: DbOrTx,
  invitationId: string,
  options: LinkOptions,
): Promise<InvitationSendClaim | null> {
  const claims = await claimInvitationSends(db, [invitationId], options);
  return claims.get(invitationId) ?? null;
}

export interface SentInvitation {
  invitationId: string;
  /** The SMTP server's message id, kept on the invitation and in its email_sent event. */
  messageId: string;
}

/**
 * Records delivered invitation emails (`sending -> sent`) and their SMTP message ids, with their
 * email_sent events in the same statement, and their `invitation.sent` webhook events in the same
 * transaction. Answers the ids recorded (one no longer `sending` is left alone).
 */
export async function markInvitationsSent(
  db: DbOrTx,
  delivered: readonly SentInvitation[],
): Promise<Set<string>> {
  if (delivered.length === 0) return new Set();
  const ids = arrayOf(
    delivered.map((d) => d.invitationId),
    'uuid',
  );
  return db.transaction(async (tx) => {
    const sent = tx.$with('sent').as(
      tx
        .update(invitations)
        .set({
          deliveryState: 'sent',
          sentAt: new Date(),
          messageId: atIdPosition(
            ids,
            arrayOf(
              delivered.map((d) => d.messageId),
              'text',
            ),
          ),
          lastError: null,
        })
        .where(and(idIn(ids), eq(invitations.deliveryState, 'sending')))
        .returning({
          id: invitations.id,
          orgId: invitations.orgId,
          contactId: invitations.contactId,
          messageId: invitations.messageId,
        }),
    );
    const events = await tx
      .with(sent)
      .insert(invitationEvents)
      .select((qb) =>
        qb
          // Drizzle's INSERT … SELECT wants every column, in the table's order.
          .select({
            id: sql`time_ordered_uuid()`.as('id'),
            orgId: sent.orgId,
            contactId: sent.contactId,
            invitationId: sent.id,
            type: sql`'email_sent'::invitation_event_type`.as('type'),
            actorType: sql`'system'::actor_type`.as('actor_type'),
            actorId: sql`null::uuid`.as('actor_id'),
            detail: sql`jsonb_build_object('messageId', ${sent.messageId})`.as('detail'),
            createdAt: sql`now()`.as('created_at'),
          })
          .from(sent),
      )
      .returning({
        orgId: invitationEvents.orgId,
        contactId: invitationEvents.contactId,
        invitationId: invitationEvents.invitationId,
      });
    await recordWebhookEvents(
      tx,
      'invitation.sent',
      events.map((e) => ({
        orgId: e.orgId,
        data: contactEventData(tx, e.contactId, { invitationId: e.invitationId as string }),
      })),
    );
    return new Set(events.map((e) => e.invitationId as string));
  });
}

/** One delivered invitation email (see markInvitationsSent); false when it was not `sending`. */
export async function markInvitationSent(
  db: DbOrTx,
  invitationId: string,
  messageId: string,
): Promise<boolean> {
  const marked = await markInvitationsSent(db, [{ invitationId, messageId }]);
  return marked.has(invitationId);
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
