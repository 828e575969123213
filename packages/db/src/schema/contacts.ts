import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts, buildings, clientGroups } from './accounts';
import { createdAt, id, tstz, updatedAt } from './columns';
import { organizations } from './organizations';

/**
 * Where a contact stands with its invitation. Suspension is a separate flag: a suspended contact
 * keeps this value, so reinstating returns it to exactly where it was.
 */
export const inviteStatus = pgEnum('invite_status', ['not_invited', 'invited', 'expired', 'enrolled']);
export type InviteStatus = (typeof inviteStatus.enumValues)[number];

export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull().default(''),
    email: text('email'),
    phone: text('phone'),
    jobTitle: text('job_title'),
    externalId: text('external_id'),
    /** A client-group user sees every building of the group's accounts. */
    clientGroupId: uuid('client_group_id').references(() => clientGroups.id, { onDelete: 'set null' }),
    accessInspectionReports: boolean('access_inspection_reports').notNull().default(true),
    accessServiceReports: boolean('access_service_reports').notNull().default(true),
    accessProposals: boolean('access_proposals').notNull().default(false),
    accessInvoices: boolean('access_invoices').notNull().default(false),
    inviteStatus: inviteStatus('invite_status').notNull().default('not_invited'),
    suspended: boolean('suspended').notNull().default(false),
    suspendedNote: text('suspended_note'),
    suspendedAt: tstz('suspended_at'),
    /** How many active and inactive customers the contact belongs to: kept by triggers (decision 016). */
    adoptionActiveCustomers: integer('adoption_active_customers').notNull().default(0),
    adoptionInactiveCustomers: integer('adoption_inactive_customers').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('contacts_org_email_uq')
      .on(t.orgId, sql`lower(${t.email})`)
      .where(sql`${t.email} is not null`),
    uniqueIndex('contacts_org_external_uq').on(t.orgId, t.externalId),
    index('contacts_org_name_idx').on(t.orgId, sql`lower(${t.lastName})`, sql`lower(${t.firstName})`, t.id),
    // No index holds invite_status: a bulk invite sets it on 100k contacts, and with no indexed
    // column changed (and the free space migration 0009 leaves on each page) those updates are HOT.
    index('contacts_org_suspended_idx').on(t.orgId).where(sql`${t.suspended}`),
    index('contacts_client_group_idx').on(t.clientGroupId),
  ],
);

export const contactAccounts = pgTable(
  'contact_accounts',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    isBillingContact: boolean('is_billing_contact').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.contactId, t.accountId] }),
    index('contact_accounts_account_idx').on(t.accountId),
    index('contact_accounts_org_idx').on(t.orgId),
  ],
);

export const contactBuildings = pgTable(
  'contact_buildings',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => buildings.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.contactId, t.buildingId] }),
    index('contact_buildings_building_idx').on(t.buildingId),
    index('contact_buildings_org_idx').on(t.orgId),
  ],
);

/** A contact's customer-portal sign-in. Exists once the contact has registered. */
export const portalIdentities = pgTable(
  'portal_identities',
  {
    contactId: uuid('contact_id')
      .primaryKey()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    passwordHash: text('password_hash'),
    enrolledAt: tstz('enrolled_at').notNull().defaultNow(),
    lastSignInAt: tstz('last_sign_in_at'),
    signInCount: integer('sign_in_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('portal_identities_org_idx').on(t.orgId)],
);
