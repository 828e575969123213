import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts } from './accounts';
import { createdAt, id, tstz } from './columns';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

export const inboundChannel = pgEnum('inbound_channel', ['email', 'call']);
export type InboundChannel = (typeof inboundChannel.enumValues)[number];

export const inboundSource = pgEnum('inbound_source', ['manual', 'integration']);
export type InboundSource = (typeof inboundSource.enumValues)[number];

/**
 * The office's record of customers reaching it outside the portal (emails and calls), so the
 * adoption report can set them beside portal messages and requests ("channel shift"). A row is one
 * entry of the log: usually one email or call, or a tally (`count` > 1, e.g. "12 calls on 3 March"
 * from a phone system's daily total), since offices rarely log each call.
 */
export const inboundContacts = pgTable(
  'inbound_contacts',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    channel: inboundChannel('channel').notNull(),
    occurredAt: tstz('occurred_at').notNull(),
    count: integer('count').notNull().default(1),
    /** The customer it came from, when known; same organization (checked by core). */
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    subject: text('subject'),
    source: inboundSource('source').notNull(),
    /** The sending system's id: a repeated post with the same id is not counted twice. */
    externalId: text('external_id'),
    createdBy: uuid('created_by').references(() => officeUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    // The report's monthly counts and the log's newest-first list both read this range.
    index('inbound_contacts_org_occurred_idx').on(t.orgId, t.occurredAt, t.id),
    index('inbound_contacts_account_idx').on(t.accountId).where(sql`${t.accountId} is not null`),
    uniqueIndex('inbound_contacts_org_external_uq').on(t.orgId, t.externalId),
    check('inbound_contacts_count_positive', sql`${t.count} > 0`),
  ],
);
