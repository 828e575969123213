import { index, pgEnum, pgTable, primaryKey, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { contacts } from './contacts';
import { documents } from './documents';
import { organizations } from './organizations';

/**
 * What a contact can be notified about. Each document kind belongs to one (core's
 * notification-preferences/categories.ts): reports -> new_documents, invoices -> invoices_due,
 * proposals -> proposals.
 */
export const notificationCategory = pgEnum('notification_category', [
  'new_documents',
  'invoices_due',
  'proposals',
  // Changes to a contact's own service requests (not document notices: no kind maps to it).
  'service_requests',
  // Office replies in a contact's message threads.
  'messages',
]);
export type NotificationCategory = (typeof notificationCategory.enumValues)[number];

export const notificationChoice = pgEnum('notification_choice', ['immediately', 'daily', 'off']);
export type NotificationChoice = (typeof notificationChoice.enumValues)[number];

/** Who set a preference: the contact on the settings page, or a one-click unsubscribe link. */
export const notificationPreferenceSource = pgEnum('notification_preference_source', [
  'contact',
  'unsubscribe_link',
]);
export type NotificationPreferenceSource = (typeof notificationPreferenceSource.enumValues)[number];

/** A contact's choice per category. No row means the default, `immediately`. */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    category: notificationCategory('category').notNull(),
    choice: notificationChoice('choice').notNull(),
    updatedBy: notificationPreferenceSource('updated_by').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.category] })],
);

/**
 * Documents held for a contact's daily digest (their category is `daily`). The digest sweep
 * deletes a contact's rows as it turns them into one digest notice, so each is mailed once.
 */
export const notificationDigestItems = pgTable(
  'notification_digest_items',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    category: notificationCategory('category').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notification_digest_items_contact_document_idx').on(t.contactId, t.documentId),
    index('notification_digest_items_org_idx').on(t.orgId),
  ],
);
