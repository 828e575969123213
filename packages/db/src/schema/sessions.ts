import { boolean, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz } from './columns';
import { organizations } from './organizations';

export const sessionAudience = pgEnum('session_audience', ['office', 'portal']);
export type SessionAudience = (typeof sessionAudience.enumValues)[number];

/**
 * Rotating refresh tokens. Each sign-in starts a family; every refresh replaces the token with a
 * new one in the same family. Presenting a token that was already replaced means it leaked, so
 * the whole family is revoked.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    audience: sessionAudience('audience').notNull(),
    /** office_users.id or contacts.id, depending on the audience. */
    subjectId: uuid('subject_id').notNull(),
    familyId: uuid('family_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    /** "Stay signed in": a persistent cookie rather than a browser-session one. */
    persistent: boolean('persistent').notNull().default(false),
    expiresAt: tstz('expires_at').notNull(),
    replacedAt: tstz('replaced_at'),
    revokedAt: tstz('revoked_at'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
  },
  (t) => [
    index('refresh_tokens_subject_idx').on(t.audience, t.subjectId),
    index('refresh_tokens_family_idx').on(t.familyId),
    index('refresh_tokens_org_idx').on(t.orgId),
  ],
);
