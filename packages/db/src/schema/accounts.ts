import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { organizations, type PortalPanels } from './organizations';

export const clientGroups = pgTable(
  'client_groups',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('client_groups_org_name_idx').on(t.orgId, sql`lower(${t.name})`, t.id),
    uniqueIndex('client_groups_org_external_uq').on(t.orgId, t.externalId),
  ],
);

export const accounts = pgTable(
  'accounts',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    clientGroupId: uuid('client_group_id').references(() => clientGroups.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    active: boolean('active').notNull().default(true),
    division: text('division'),
    accountClass: text('account_class'),
    billGroup: text('bill_group'),
    accountSource: text('account_source'),
    balanceDue: numeric('balance_due', { precision: 12, scale: 2 }).notNull().default('0'),
    autopay: boolean('autopay').notNull().default(false),
    activeServicesCount: integer('active_services_count').notNull().default(0),
    externalId: text('external_id'),
    /** Per-account overrides of the organization's portal panels; null keeps the default. */
    portalPanels: jsonb('portal_panels').$type<Partial<PortalPanels>>(),
    /** The account's contacts (direct or through a building) and how many have portal access: kept by triggers (decision 016). */
    adoptionContacts: integer('adoption_contacts').notNull().default(0),
    adoptionContactsWithAccess: integer('adoption_contacts_with_access').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('accounts_org_name_idx').on(t.orgId, sql`lower(${t.name})`, t.id),
    index('accounts_org_active_idx').on(t.orgId, t.active),
    index('accounts_org_division_idx').on(t.orgId, t.division),
    index('accounts_org_class_idx').on(t.orgId, t.accountClass),
    index('accounts_org_bill_group_idx').on(t.orgId, t.billGroup),
    index('accounts_org_source_idx').on(t.orgId, t.accountSource),
    index('accounts_client_group_idx').on(t.clientGroupId),
    uniqueIndex('accounts_org_external_uq').on(t.orgId, t.externalId),
  ],
);

export const buildings = pgTable(
  'buildings',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    addressLine1: text('address_line1'),
    addressLine2: text('address_line2'),
    city: text('city'),
    region: text('region'),
    postalCode: text('postal_code'),
    country: text('country'),
    latitude: numeric('latitude', { precision: 9, scale: 6, mode: 'number' }),
    longitude: numeric('longitude', { precision: 9, scale: 6, mode: 'number' }),
    siteSource: text('site_source'),
    externalId: text('external_id'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('buildings_org_name_idx').on(t.orgId, sql`lower(${t.name})`, t.id),
    index('buildings_account_idx').on(t.accountId),
    index('buildings_org_site_source_idx').on(t.orgId, t.siteSource),
    uniqueIndex('buildings_org_external_uq').on(t.orgId, t.externalId),
  ],
);
