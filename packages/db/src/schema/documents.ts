import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, buildings } from './accounts';
import { createdAt, id, tstz, updatedAt } from './columns';
import { contacts } from './contacts';
import { files } from './files';
import { organizations } from './organizations';

/** Each kind belongs to one access area of a contact (see core's portal-content/visibility). */
export const documentKind = pgEnum('document_kind', [
  'inspection_report',
  'service_report',
  'proposal',
  'invoice',
]);
export type DocumentKind = (typeof documentKind.enumValues)[number];

export const proposalDecision = pgEnum('proposal_decision', ['accepted', 'declined']);
export type ProposalDecision = (typeof proposalDecision.enumValues)[number];

/**
 * A document of a building, or of a whole account when `buildingId` is null (an account-level
 * invoice, say). Customers see only published ones.
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    buildingId: uuid('building_id').references(() => buildings.id, { onDelete: 'cascade' }),
    kind: documentKind('kind').notNull(),
    number: text('number'),
    title: text('title').notNull(),
    /** The source system's status, shown as is (e.g. issued, paid, void). */
    status: text('status'),
    amount: numeric('amount', { precision: 12, scale: 2 }),
    amountPaid: numeric('amount_paid', { precision: 12, scale: 2 }),
    currency: text('currency').notNull().default('USD'),
    issuedOn: date('issued_on'),
    dueOn: date('due_on'),
    paidOn: date('paid_on'),
    /** An invoice's own payment page (https), sent by the integration; wins over the org's template. */
    paymentUrl: text('payment_url'),
    published: boolean('published').notNull().default(false),
    publishedAt: tstz('published_at'),
    /** Set once the "new document" emails for this publication went into the outbox. */
    notifiedAt: tstz('notified_at'),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'set null' }),
    externalId: text('external_id').notNull(),
    decision: proposalDecision('decision'),
    decidedByName: text('decided_by_name'),
    decidedByContactId: uuid('decided_by_contact_id').references(() => contacts.id, {
      onDelete: 'set null',
    }),
    decidedAt: tstz('decided_at'),
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('documents_org_external_uq').on(t.orgId, t.externalId),
    // The portal's document list: building ids from the access rule, then kind, newest first.
    index('documents_building_list_idx')
      .on(t.buildingId, t.kind, sql`${t.issuedOn} desc nulls last`, sql`${t.id} desc`)
      .where(sql`${t.published}`),
    index('documents_account_list_idx')
      .on(t.accountId, t.kind, sql`${t.issuedOn} desc nulls last`, sql`${t.id} desc`)
      .where(sql`${t.published} and ${t.buildingId} is null`),
    // The notices sweep looks for publications no digest picked up.
    index('documents_unnotified_idx')
      .on(t.publishedAt)
      .where(sql`${t.published} and ${t.notifiedAt} is null`),
    index('documents_org_list_idx').on(t.orgId, t.kind, sql`${t.issuedOn} desc nulls last`, t.id),
  ],
);

export const noticeState = pgEnum('notice_state', ['queued', 'sending', 'sent', 'failed']);

/**
 * One "new documents" email to one contact, covering every document published for it in one
 * round of changes. Written with its outbox row; the worker claims `queued -> sending -> sent`
 * like an invitation, so a retried job never mails twice.
 */
export const documentNotices = pgTable(
  'document_notices',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    documentIds: uuid('document_ids').array().notNull(),
    /** A daily digest (documents held by the contact's `daily` preferences), not an immediate notice. */
    digest: boolean('digest').notNull().default(false),
    state: noticeState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: tstz('sent_at'),
    createdAt: createdAt(),
    /** Moves with every state change: a notice left in `sending` this long ago was orphaned. */
    updatedAt: updatedAt(),
  },
  (t) => [
    index('document_notices_contact_idx').on(t.contactId, t.createdAt),
    index('document_notices_sending_idx').on(t.updatedAt).where(sql`${t.state} = 'sending'`),
  ],
);
