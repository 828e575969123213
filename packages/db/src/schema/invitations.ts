import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, timeOrderedId, tstz, updatedAt } from './columns';
import { contacts } from './contacts';
import { officeUsers } from './office-users';
import { organizations } from './organizations';
import { notificationTemplates } from './templates';

export const invitationStatus = pgEnum('invitation_status', ['pending', 'accepted', 'expired', 'revoked']);
/** Email delivery, claimed with a conditional UPDATE so an at-least-once job sends once. */
export const deliveryState = pgEnum('delivery_state', ['queued', 'sending', 'sent', 'failed']);
/** How the invitation reaches the contact: an emailed link, or a printed letter with a code. */
export const invitationChannel = pgEnum('invitation_channel', ['email', 'letter']);
export type InvitationChannel = (typeof invitationChannel.enumValues)[number];

export const invitationBatches = pgTable(
  'invitation_batches',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    createdBy: uuid('created_by').references(() => officeUsers.id, { onDelete: 'set null' }),
    idempotencyKey: text('idempotency_key'),
    /** The filter or id list the batch was made from, kept for the record. */
    selection: jsonb('selection').$type<Record<string, unknown>>().notNull(),
    fromAddress: text('from_address'),
    templateId: uuid('template_id').references(() => notificationTemplates.id, { onDelete: 'set null' }),
    total: integer('total').notNull().default(0),
    skipped: jsonb('skipped').$type<Record<string, number>>().notNull().default({}),
    createdAt: createdAt(),
    completedAt: tstz('completed_at'),
  },
  (t) => [
    uniqueIndex('invitation_batches_idempotency_uq').on(t.orgId, t.idempotencyKey),
    index('invitation_batches_created_by_idx').on(t.createdBy),
    index('invitation_batches_template_idx').on(t.templateId),
  ],
);

/**
 * No foreign keys on org_id, batch_id and created_by (decision 019): a bulk invite writes 100k
 * rows at once, and each key is a lookup and a row lock per row. The contact's key stays: its
 * cascade removes the contact's invitations, and an organization's removal cascades through its
 * contacts. Batches and office users are never deleted on their own.
 */
export const invitations = pgTable(
  'invitations',
  {
    id: timeOrderedId(),
    orgId: uuid('org_id').notNull(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    /**
     * SHA-256 of the link token; the token itself is never stored. The worker mints the token
     * when it sends the email, so no job or table ever holds a usable link; null until then.
     */
    tokenHash: text('token_hash'),
    status: invitationStatus('status').notNull().default('pending'),
    channel: invitationChannel('channel').notNull().default('email'),
    deliveryState: deliveryState('delivery_state').notNull().default('queued'),
    deliveryAttempts: integer('delivery_attempts').notNull().default(0),
    lastError: text('last_error'),
    messageId: text('message_id'),
    fromAddress: text('from_address'),
    templateId: uuid('template_id').references(() => notificationTemplates.id, { onDelete: 'set null' }),
    batchId: uuid('batch_id'),
    createdBy: uuid('created_by'),
    expiresAt: tstz('expires_at').notNull(),
    sentAt: tstz('sent_at'),
    openedAt: tstz('opened_at'),
    acceptedAt: tstz('accepted_at'),
    expiredAt: tstz('expired_at'),
    revokedAt: tstz('revoked_at'),
    reminderCount: integer('reminder_count').notNull().default(0),
    lastReminderAt: tstz('last_reminder_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One live invitation per contact: resending revokes the old one in the same transaction.
    uniqueIndex('invitations_one_pending_per_contact_uq').on(t.contactId).where(sql`${t.status} = 'pending'`),
    index('invitations_contact_idx').on(t.contactId),
    index('invitations_org_status_idx').on(t.orgId, t.status, t.expiresAt),
    // The expiry sweep and reminders scan pending invitations across organizations.
    index('invitations_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending'`),
    index('invitations_batch_idx').on(t.batchId, t.deliveryState),
    // Partial where most rows hold null or another state: a batch writes 100k invitations at once,
    // and every index entry it need not write is time saved (equality lookups still use them).
    // The link lookup; a token exists only once the email is sent.
    uniqueIndex('invitations_token_hash_uq').on(t.tokenHash).where(sql`${t.tokenHash} is not null`),
    // Serves only the foreign key's ON DELETE SET NULL.
    index('invitations_template_idx').on(t.templateId).where(sql`${t.templateId} is not null`),
    // The office's list of failed emails; org-wide scans use invitations_org_status_idx.
    index('invitations_failed_idx').on(t.orgId).where(sql`${t.deliveryState} = 'failed'`),
    // The send reconcile's scans: sends in flight across organizations, oldest first. created_at,
    // not updated_at: an index on a column every update changes would end HOT updates.
    index('invitations_in_flight_idx')
      .on(t.deliveryState, t.createdAt, t.id)
      .where(
        sql`${t.deliveryState} = 'sending' or (${t.deliveryState} = 'queued' and ${t.status} = 'pending')`,
      ),
  ],
);

export const invitationEventType = pgEnum('invitation_event_type', [
  'invited',
  'resent',
  'reminded',
  'email_sent',
  'email_failed',
  'link_opened',
  'registered',
  'expired',
  'revoked',
  'suspended',
  'reinstated',
  'password_reset_requested',
  // An office user opened the portal as this contact sees it ("view as customer", read-only).
  'previewed_by_office',
  // A printed invitation letter (its code) was made, and later entered on the portal.
  'letter_printed',
  'code_redeemed',
]);
export type InvitationEventType = (typeof invitationEventType.enumValues)[number];

export const actorType = pgEnum('actor_type', ['office_user', 'contact', 'integration', 'system']);
export type ActorType = (typeof actorType.enumValues)[number];

/** The contact's portal history: an append-only timeline shown to office staff. */
export const invitationEvents = pgTable(
  'invitation_events',
  {
    id: timeOrderedId(),
    // As on invitations, only the contact's key (decision 019); an invitation goes only with its contact.
    orgId: uuid('org_id').notNull(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id'),
    type: invitationEventType('type').notNull(),
    actorType: actorType('actor_type').notNull(),
    actorId: uuid('actor_id'),
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('invitation_events_contact_idx').on(t.contactId, t.createdAt),
    // None on invitation_id: nothing looks events up by it (its foreign key, whose SET NULL needed
    // one, is gone: decision 019), and a batch writes 100k events at once.
    index('invitation_events_org_type_idx').on(t.orgId, t.type, t.createdAt),
  ],
);
