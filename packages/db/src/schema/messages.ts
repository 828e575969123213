import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { accounts, buildings } from './accounts';
import { createdAt, id, tstz, updatedAt } from './columns';
import { contacts } from './contacts';
import { documents } from './documents';
import { files } from './files';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

export const messageThreadStatus = pgEnum('message_thread_status', ['open', 'closed']);
export type MessageThreadStatus = (typeof messageThreadStatus.enumValues)[number];

/** Who wrote a message (or started a thread). The channel-shift report counts `contact` rows by month. */
export const messageAuthorKind = pgEnum('message_author_kind', ['contact', 'office']);
export type MessageAuthorKind = (typeof messageAuthorKind.enumValues)[number];

/** Delivery of one "the office replied" email to one contact: queued -> sending -> sent | failed. */
export const messageNoticeState = pgEnum('message_notice_state', ['queued', 'sending', 'sent', 'failed']);

/**
 * A conversation between a customer's contacts and the office, about one thing: an account, or a
 * building of it, or a document (account_id is always set, so office filters by customer are one
 * index). Which contacts see it is the portal access rule applied to that subject, never a list of
 * participants (decision 011).
 */
export const messageThreads = pgTable(
  'message_threads',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    buildingId: uuid('building_id').references(() => buildings.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    status: messageThreadStatus('status').notNull().default('open'),
    assigneeId: uuid('assignee_id').references(() => officeUsers.id, { onDelete: 'set null' }),
    startedBy: messageAuthorKind('started_by').notNull(),
    /** The contact who started it, or whom the office wrote to: always told of replies. */
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    startedByOfficeUserId: uuid('started_by_office_user_id').references(() => officeUsers.id, {
      onDelete: 'set null',
    }),
    lastMessageAt: tstz('last_message_at').notNull().defaultNow(),
    /** The newest contact message: with office_read_at, "unread in the office" without a count. */
    lastContactMessageAt: tstz('last_contact_message_at'),
    /**
     * The office reads as one team (decision 011): the time anyone in the office last opened or
     * answered the thread. Contact messages after it are unread for the office.
     */
    officeReadAt: tstz('office_read_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('message_threads_inbox_idx').on(t.orgId, t.lastMessageAt, t.id),
    index('message_threads_account_idx').on(t.accountId, t.lastMessageAt),
    index('message_threads_building_idx').on(t.buildingId),
    index('message_threads_document_idx').on(t.documentId),
    check('message_threads_subject_len', sql`char_length(${t.subject}) between 1 and 200`),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    authorKind: messageAuthorKind('author_kind').notNull(),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    officeUserId: uuid('office_user_id').references(() => officeUsers.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('messages_thread_idx').on(t.threadId, t.createdAt, t.id),
    // The channel-shift report: contact messages per month.
    index('messages_org_kind_created_idx').on(t.orgId, t.authorKind, t.createdAt),
  ],
);

/**
 * A file sent with a message, its bytes in `files` like documents'. Uploaded first (message_id
 * null, only its uploader may use it), then attached when the message is sent.
 */
export const messageAttachments = pgTable(
  'message_attachments',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    uploadedByContactId: uuid('uploaded_by_contact_id').references(() => contacts.id, {
      onDelete: 'cascade',
    }),
    uploadedByOfficeUserId: uuid('uploaded_by_office_user_id').references(() => officeUsers.id, {
      onDelete: 'cascade',
    }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('message_attachments_message_idx').on(t.messageId),
    index('message_attachments_org_idx').on(t.orgId),
  ],
);

/** Per contact: when it last read a thread. Messages by others after it are unread for it. */
export const messageThreadReads = pgTable(
  'message_thread_reads',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    threadId: uuid('thread_id')
      .notNull()
      .references(() => messageThreads.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    lastReadAt: tstz('last_read_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.threadId] })],
);

/** One "the office replied" email to one contact, written with the reply (outbox pattern). */
export const messageNotices = pgTable(
  'message_notices',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    state: messageNoticeState('state').notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: tstz('sent_at'),
    createdAt: createdAt(),
    /** When the state last changed: a `sending` row left long enough is reconciled. */
    updatedAt: updatedAt(),
  },
  (t) => [
    index('message_notices_message_idx').on(t.messageId),
    index('message_notices_state_idx').on(t.state, t.updatedAt),
  ],
);
