import { boolean, index, integer, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { contacts } from './contacts';
import { organizations } from './organizations';

/*
 * Derived data for the adoption report, kept up to date by PostgreSQL triggers (the adoption
 * counts migration; decision 016), with the counters on `accounts` and `contacts` it feeds. The
 * report over 100k customers used to join every link with every contact on each request; this is
 * the result of that join, maintained in the transaction of any change to links, buildings,
 * contact access or account activity. Never written by application code.
 */

/**
 * Every customer a contact belongs to, directly (`contact_accounts`) or through a building
 * (`contact_buildings`), once per pair: `direct` and `via_buildings` say why, and the row goes when
 * both are gone.
 */
export const accountContactPairs = pgTable(
  'account_contact_pairs',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    direct: boolean('direct').notNull().default(false),
    viaBuildings: integer('via_buildings').notNull().default(0),
    /** Copies of the contact's access and the account's activity, so counts follow their changes. */
    hasAccess: boolean('has_access').notNull().default(false),
    accountActive: boolean('account_active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.contactId] }),
    index('account_contact_pairs_contact_idx').on(t.contactId),
    index('account_contact_pairs_org_idx').on(t.orgId),
  ],
);
