import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from './columns';
import { contacts } from './contacts';
import { deliveryState } from './invitations';
import { organizations } from './organizations';

export const portalLinkPurpose = pgEnum('portal_link_purpose', ['magic_link', 'password_reset']);
export type PortalLinkPurpose = (typeof portalLinkPurpose.enumValues)[number];

/**
 * Emailed one-time links for enrolled contacts: password-less sign-in and password reset. As with
 * invitations, the worker mints the token when it sends, so the row holds only its hash.
 */
export const portalLinks = pgTable(
  'portal_links',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    purpose: portalLinkPurpose('purpose').notNull(),
    tokenHash: text('token_hash').unique(),
    deliveryState: deliveryState('delivery_state').notNull().default('queued'),
    /** Set when the token is minted: ten minutes (sign-in) or an hour (reset) from the email. */
    expiresAt: tstz('expires_at'),
    usedAt: tstz('used_at'),
    /** Office staff can send a reset link; null when the contact asked. */
    requestedBy: uuid('requested_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('portal_links_contact_idx').on(t.contactId, t.purpose),
    index('portal_links_org_idx').on(t.orgId),
    index('portal_links_unused_idx').on(t.createdAt).where(sql`${t.usedAt} is null`),
  ],
);
