import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { organizations } from './organizations';

export const permissions = [
  'contacts.write',
  'invitations.send',
  'access.manage',
  'reports.read',
  'reports.export',
  'settings.manage',
  'integrations.manage',
] as const;
export type Permission = (typeof permissions)[number];

export const roles = pgTable(
  'roles',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    permissions: text('permissions').array().$type<Permission[]>().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('roles_org_name_uq').on(t.orgId, t.name)],
);

export const officeUsers = pgTable(
  'office_users',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    lastSignInAt: tstz('last_sign_in_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Staff sign in with an email alone, so it identifies one user across all organizations.
    uniqueIndex('office_users_email_uq').on(sql`lower(${t.email})`),
    index('office_users_org_idx').on(t.orgId),
    index('office_users_role_idx').on(t.roleId),
  ],
);
