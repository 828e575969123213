import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from './columns';
import { contacts } from './contacts';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

/**
 * "View as customer": each time an office user opens the portal as a contact sees it. The row is
 * the audit record (who, whom, when, from where) and the server side of the read-only session, so
 * ending it or letting it expire stops the preview token at once. The one-time code that opens
 * the preview tab is stored only as its SHA-256.
 */
export const portalPreviews = pgTable(
  'portal_previews',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    // Audit outlives the people: a deleted office user leaves the row, with the name kept below.
    officeUserId: uuid('office_user_id').references(() => officeUsers.id, { onDelete: 'set null' }),
    officeUserName: text('office_user_name').notNull(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull().unique(),
    /** The code must be used within a minute of being issued, and only once. */
    codeExpiresAt: tstz('code_expires_at').notNull(),
    codeUsedAt: tstz('code_used_at'),
    /** Set when the code is used: the read-only session lasts until then. */
    expiresAt: tstz('expires_at'),
    endedAt: tstz('ended_at'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    startedAt: createdAt(),
  },
  (t) => [
    index('portal_previews_contact_idx').on(t.orgId, t.contactId, t.startedAt),
    index('portal_previews_office_user_idx').on(t.officeUserId),
  ],
);
