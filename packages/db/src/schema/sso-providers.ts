import { boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

/**
 * An OpenID Connect provider customers of one organization may sign in with. The client secret
 * is needed in clear to call the token endpoint, so it cannot be hashed: it is stored encrypted
 * (AES-256-GCM, key from configuration) and never returned by the API or logged.
 */
export const ssoProviders = pgTable(
  'sso_providers',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    issuerUrl: text('issuer_url').notNull(),
    clientId: text('client_id').notNull(),
    /** `v1.<iv>.<tag>.<ciphertext>`, base64url parts; see packages/core/src/sso/secret-box.ts. */
    clientSecretEncrypted: text('client_secret_encrypted').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdBy: uuid('created_by').references(() => officeUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('sso_providers_org_idx').on(t.orgId, t.createdAt)],
);

/**
 * One sign-in in progress, between the redirect to the provider and its callback: minutes long,
 * single use (deleted when consumed). Only a SHA-256 of `state` is kept, so a database reader
 * cannot complete someone else's sign-in from this table alone.
 */
export const ssoLoginStates = pgTable(
  'sso_login_states',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => ssoProviders.id, { onDelete: 'cascade' }),
    stateHash: text('state_hash').notNull().unique(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('sso_login_states_expiry_idx').on(t.expiresAt)],
);
