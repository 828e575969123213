import { index, jsonb, pgEnum, pgTable, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { contacts } from './contacts';
import { organizations } from './organizations';

export const activityType = pgEnum('activity_type', [
  'sign_in',
  'sign_out',
  'document_viewed',
  'document_downloaded',
  'proposal_decided',
  'search',
  'invoice_pay_clicked',
]);
export type ActivityType = (typeof activityType.enumValues)[number];

/** What customers do in the portal, for adoption metrics (active users, feature use, funnel). */
export const activityEvents = pgTable(
  'activity_events',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    type: activityType('type').notNull(),
    detail: jsonb('detail').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('activity_events_org_type_idx').on(t.orgId, t.type, t.createdAt),
    index('activity_events_contact_idx').on(t.contactId, t.createdAt),
  ],
);
