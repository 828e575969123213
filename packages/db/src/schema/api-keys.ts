import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from './columns';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

/** What an integration key may write. One scope per kind of record it pushes. */
export const apiKeyScopes = [
  'accounts:write',
  'buildings:write',
  'contacts:write',
  'documents:write',
  'defects:write',
  'assets:write',
  'tasks:write',
  'quotes:write',
  // Reading too: the operations system takes the customers' service requests in.
  'service-requests:read',
  'service-requests:write',
  'inbound-contacts:write',
] as const;
export type ApiKeyScope = (typeof apiKeyScopes)[number];

/**
 * Keys for the contractor's other systems. The key itself is shown once at creation; only its
 * SHA-256 hash is stored (it is 32 random bytes, so a slow hash adds nothing), plus a short prefix
 * so the office can tell keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    scopes: text('scopes').array().$type<ApiKeyScope[]>().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by').references(() => officeUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    lastUsedAt: tstz('last_used_at'),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [uniqueIndex('api_keys_hash_uq').on(t.keyHash), index('api_keys_org_idx').on(t.orgId, t.createdAt)],
);
