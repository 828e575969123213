import { type DbOrTx, defaultTemplates, hashToken, newToken, schema, type TemplateKind } from '@portico/db';
import { and, count, eq, gt, inArray, lt, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { ConflictError, NotFoundError, RuleViolationError } from '../errors';
import { enqueueJobs } from '../jobs/outbox';
import {
  decodeCursor,
  type Keyset,
  keysetCondition,
  keysetOrder,
  keysetSelect,
  type Page,
  type PageRequest,
  toPage,
} from '../pagination';
import { formatExpiryDate } from '../templates/template-preview';
import { recordEvents, systemActor } from './events';

const { contacts, invitationEvents, invitations, notificationTemplates, organizations, outbox } = schema;

/** Reasons are shown to office staff and kept in the history; an SMTP transcript can be long. */
const MAX_REASON_LENGTH = 500;
const clip = (text: string) =>
  text.length > MAX_REASON_LENGTH ? `${text.slice(0, MAX_REASON_LENGTH - 1)}…` : text;

export interface EmailTemplateText {
  subject: string;
  htmlBody: string;
  textBody: string;
}

/** Everything the worker needs to render and send one invitation email. */
export interface InvitationEmail {
  invitationId: string;
  orgId: string;
  contactId: string;
  to: string;
  /** The invitation's from address, else the organization's default; null: the worker's own. */
  from: string | null;
  organizationName: string;
  template: EmailTemplateText;
  /** Template variables, the link (with its token) included. */
  values: Record<string, string>;
}

export interface InvitationSendClaim extends InvitationEmail {
  /** The link token: held in memory for this one send, only its hash is stored. */
  token: string;
}

export interface LinkOptions {
  /** The portal's configured base URL; links are never built from a request's Host header. */
  portalUrl: string;
  now?: Date;
}

export function inviteUrlOf(portalUrl: string, token: string): string {
  return `${portalUrl.replace(/\/$/, '')}/accept?token=${token}`;
}

type InvitationEmailKind = Extract<TemplateKind, 'invitation' | 'invitation_reminder'>;

interface EmailRow {
  orgId: string;
  contactId: string;
  expiresAt: Date;
  fromAddress: string | null;
  email: string | null;
  firstName: string;
  lastName: string;
  organizationName: string;
  defaultEmailFrom: string | null;
  chosen: EmailTemplateText | null;
  fallback: EmailTemplateText | null;
}

/** The template aliases: the invitation's own (when of the kind) and the organization's default. */
const chosenTemplate = alias(notificationTemplates, 'chosen_template');
const defaultTemplate = alias(notificationTemplates, 'default_template');

const emailFields = {
  email: contacts.email,
  firstName: contacts.firstName,
  lastName: contacts.lastName,
  organizationName: organizations.name,
  defaultEmailFrom: organizations.defaultEmailFrom,
  chosen: {
    subject: chosenTemplate.subject,
    htmlBody: chosenTemplate.htmlBody,
    textBody: chosenTemplate.textBody,
  },
  fallback: {
    subject: defaultTemplate.subject,
    htmlBody: defaultTemplate.htmlBody,
    textBody: defaultTemplate.textBody,
  },
};

const templateOf = (kind: InvitationEmailKind, templateId: SQLWrapper, orgId: SQLWrapper) => ({
  chosen: and(
    eq(chosenTemplate.id, templateId),
    eq(chosenTemplate.orgId, orgId),
    eq(chosenTemplate.kind, kind),
  ),
  fallback: and(
    eq(defaultTemplate.orgId, orgId),
    eq(defaultTemplate.kind, kind),
    eq(defaultTemplate.isDefault, true),
  ),
});

/**
 * The email from its row: the invitation's template when it is of the kind, else the
 * organization's default, else the built-in text, so an organization that never touched its
 * templates still sends a proper email. Null when the contact has no address any more.
 */
function toInvitationEmail(
  invitationId: string,
  row: EmailRow | undefined,
  kind: InvitationEmailKind,
  link: { portalUrl: string; token: string },
): InvitationEmail | null {
  if (!row?.email) return null;
  return {
    invitationId,
    orgId: row.orgId,
    contactId: row.contactId,
    to: row.email,
    from: row.fromAddress ?? row.defaultEmailFrom,
    organizationName: row.organizationName,
    template: row.chosen ?? row.fallback ?? defaultTemplates[kind],
    values: {
      contactFirstName: row.firstName,
      contactLastName: row.lastName,
      organizationName: row.organizationName,
      inviteUrl: inviteUrlOf(link.portalUrl, link.token),
      expiryDate: formatExpiryDate(row.expiresAt),
    },
  };
}

/** Loads what an email of the given kind needs for an invitation, with the given link token. */
export async function loadInvitationEmail(
  db: DbOrTx,
  invitationId: string,
  kind: InvitationEmailKind,
  link: { portalUrl: string; token: string },
): Promise<InvitationEmail | null> {
  const on = templateOf(kind, invitations.templateId, invitations.orgId);
  const [row] = await db
    .select({
      orgId: invitations.orgId,
      contactId: invitations.contactId,
      expiresAt: invitations.expiresAt,
      fromAddress: invitations.fromAddress,
      ...emailFields,
    })
    .from(invitations)
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .leftJoin(chosenTemplate, on.chosen)
    .leftJoin(defaultTemplate, on.fallback)
    .where(eq(invitations.id, invitationId))
    .limit(1);
  return toInvitationEmail(invitationId, row, kind, link);
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
 * email_sent event, in one statement: atomic without a transaction's extra round trips.
 */
export async function markInvitationSent(
  db: DbOrTx,
  invitationId: string,
  messageId: string,
): Promise<boolean> {
  const sent = db.$with('sent').as(
    db
      .update(invitations)
      .set({ deliveryState: 'sent', sentAt: new Date(), messageId, lastError: null })
      .where(and(eq(invitations.id, invitationId), eq(invitations.deliveryState, 'sending')))
      .returning({ id: invitations.id, orgId: invitations.orgId, contactId: invitations.contactId }),
  );
  const events = await db
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
    .returning({ id: invitationEvents.id });
  return events.length > 0;
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
    .set({ deliveryState: 'queued', tokenHash: null, lastError: clip(error) })
    .where(and(eq(invitations.id, invitationId), eq(invitations.deliveryState, 'sending')))
    .returning({ id: invitations.id });
  return released.length > 0;
}

/** The last attempt failed: `failed`, listed for the office with a retry action. */
export async function failInvitationSend(db: DbOrTx, invitationId: string, reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [failed] = await tx
      .update(invitations)
      .set({ deliveryState: 'failed', tokenHash: null, lastError: clip(reason) })
      .where(and(eq(invitations.id, invitationId), inArray(invitations.deliveryState, ['queued', 'sending'])))
      .returning({ orgId: invitations.orgId, contactId: invitations.contactId });
    if (!failed) return false;
    await recordEvents(tx, [
      { ...failed, invitationId, type: 'email_failed', actor: systemActor, detail: { reason: clip(reason) } },
    ]);
    return true;
  });
}

export interface ReconcileResult {
  /** Sends interrupted mid-way (the worker died), queued again. */
  resumed: number;
  /** Queued sends with no job in sight (Redis lost its data), given a new one. */
  rekicked: number;
}

/**
 * The safety net behind the claim. A worker that dies between claim and mark leaves its row in
 * `sending` for good: after `olderThan` (longer than any live send can take) it is queued again
 * with a new job. A queued, pending invitation untouched since `olderThan` and with no job waiting
 * in the outbox lost its BullMQ job (a Redis that lost its data): it gets a new one. Either may
 * send an email twice (the first one may have left just before the crash); the claim keeps that
 * to these rare cases. Rows are taken with SKIP LOCKED, so concurrent sweeps split the work.
 */
export async function reconcileStuckSends(
  db: DbOrTx,
  olderThan: Date,
  limit = 2000,
): Promise<ReconcileResult> {
  return db.transaction(async (tx) => {
    const stuck = tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.deliveryState, 'sending'), lt(invitations.updatedAt, olderThan)))
      .limit(limit)
      .for('update', { skipLocked: true });
    const resumed = await tx
      .update(invitations)
      .set({ deliveryState: 'queued', tokenHash: null, lastError: 'The send was interrupted; queued again.' })
      .where(inArray(invitations.id, stuck))
      .returning({ id: invitations.id, orgId: invitations.orgId, status: invitations.status });

    const stranded = tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.deliveryState, 'queued'),
          eq(invitations.status, 'pending'),
          lt(invitations.updatedAt, olderThan),
          gt(invitations.expiresAt, new Date()),
          sql`not exists (select 1 from ${outbox} where ${outbox.relayedAt} is null
                and ${outbox.job} = 'invitation.send' and ${outbox.payload}->>'invitationId' = ${invitations.id}::text)`,
        ),
      )
      .limit(limit)
      .for('update', { skipLocked: true });
    // Touching updated_at restarts the clock, so a slow backlog gets at most one extra job per period.
    const rekicked = await tx
      .update(invitations)
      .set({ updatedAt: new Date() })
      .where(inArray(invitations.id, stranded))
      .returning({ id: invitations.id, orgId: invitations.orgId });

    const toSend = [...resumed.filter((r) => r.status === 'pending'), ...rekicked];
    await enqueueJobs(
      tx,
      toSend.map((r) => ({ orgId: r.orgId, job: 'invitation.send', payload: { invitationId: r.id } })),
    );
    return { resumed: resumed.length, rekicked: rekicked.length };
  });
}

/**
 * The office's retry of a finally failed email: `failed -> queued` with a new job, in one
 * transaction. Refused once the invitation is no longer pending (accepted, revoked, expired):
 * there is nothing left to send. Retrying an email that is already queued again is a no-op, so a
 * double click does no harm.
 */
export async function retryFailedSend(db: DbOrTx, orgId: string, invitationId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [invitation] = await tx
      .select({
        status: invitations.status,
        deliveryState: invitations.deliveryState,
        expiresAt: invitations.expiresAt,
      })
      .from(invitations)
      .where(and(eq(invitations.orgId, orgId), eq(invitations.id, invitationId)))
      .for('update')
      .limit(1);
    if (!invitation) throw new NotFoundError('Invitation');
    if (invitation.status !== 'pending' || invitation.expiresAt <= new Date()) {
      throw new RuleViolationError(
        'This invitation is no longer pending, so its email cannot be sent again. Invite the contact again instead.',
      );
    }
    if (invitation.deliveryState === 'queued' || invitation.deliveryState === 'sending') return;
    if (invitation.deliveryState === 'sent')
      throw new ConflictError('This invitation email was already sent.');
    await tx
      .update(invitations)
      .set({ deliveryState: 'queued', lastError: null })
      .where(eq(invitations.id, invitationId));
    await enqueueJobs(tx, [{ orgId, job: 'invitation.send', payload: { invitationId } }]);
  });
}

export interface EmailFailure {
  invitationId: string;
  contactId: string;
  contactName: string;
  email: string | null;
  reason: string | null;
  attempts: number;
  batchId: string | null;
  failedAt: Date;
  /** False once the invitation is accepted, revoked or expired: a retry would be refused. */
  retryable: boolean;
}

const failureKeyset: Keyset = {
  keys: [sql`${invitations.updatedAt}`, sql`${invitations.id}`],
  types: ['timestamptz', 'uuid'],
};

/** Finally failed invitation emails of an organization, newest first, for the office to retry. */
export async function listEmailFailures(
  db: DbOrTx,
  orgId: string,
  page: PageRequest,
): Promise<Page<EmailFailure>> {
  const order = page.order ?? 'desc';
  const where = and(eq(invitations.orgId, orgId), eq(invitations.deliveryState, 'failed'));
  const cursor = decodeCursor(page.cursor, failureKeyset);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        invitationId: invitations.id,
        contactId: invitations.contactId,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
        email: contacts.email,
        reason: invitations.lastError,
        attempts: invitations.deliveryAttempts,
        batchId: invitations.batchId,
        failedAt: invitations.updatedAt,
        status: invitations.status,
        expiresAt: invitations.expiresAt,
        cursorKeys: keysetSelect(failureKeyset),
      })
      .from(invitations)
      .innerJoin(contacts, eq(contacts.id, invitations.contactId))
      .where(and(where, keysetCondition(failureKeyset, cursor, order)))
      .orderBy(...keysetOrder(failureKeyset, order))
      .limit(page.limit + 1),
    db.select({ n: count() }).from(invitations).where(where),
  ]);
  const now = new Date();
  const result = toPage(rows, page.limit, total?.n ?? 0);
  return {
    ...result,
    items: result.items.map(({ firstName, lastName, status, expiresAt, ...item }) => ({
      ...item,
      contactName: `${firstName} ${lastName}`.trim(),
      retryable: status === 'pending' && expiresAt > now,
    })),
  };
}
