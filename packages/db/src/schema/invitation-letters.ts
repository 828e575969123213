import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from './columns';
import { contacts } from './contacts';
import { invitations } from './invitations';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

/**
 * A printed invitation letter: the one-time code on it belongs to a letter invitation. Only the
 * SHA-256 of the normalized code is kept, so the table cannot print a letter again (a reprint is
 * a new invitation with a new code). Entering the code on the portal marks it used, once.
 */
export const invitationLetters = pgTable(
  'invitation_letters',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    invitationId: uuid('invitation_id')
      .notNull()
      .references(() => invitations.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull().unique(),
    expiresAt: tstz('expires_at').notNull(),
    usedAt: tstz('used_at'),
    /** Redemptions tried with this exact code, refused ones included (a used or expired code). */
    attempts: integer('attempts').notNull().default(0),
    lastAttemptAt: tstz('last_attempt_at'),
    printedBy: uuid('printed_by').references(() => officeUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('invitation_letters_invitation_idx').on(t.invitationId),
    index('invitation_letters_contact_idx').on(t.orgId, t.contactId),
    index('invitation_letters_printed_by_idx').on(t.printedBy),
  ],
);

export type InvitationLetter = typeof invitationLetters.$inferSelect;
