import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { organizations } from './organizations';

/**
 * What an article may be "about", so a portal empty state can link to the right one. A fixed list
 * (not free text): the portal asks for a topic by name, and a typo would silently link nothing.
 */
export const helpTopics = [
  'properties',
  'documents',
  'invoices',
  'proposals',
  'defects',
  'messages',
  'service_requests',
  'sign_in',
] as const;
export type HelpTopic = (typeof helpTopics)[number];

/** A short help article the office writes in Markdown; the portal shows published ones in order. */
export const helpArticles = pgTable(
  'help_articles',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    /** Markdown as written. Rendered and sanitized on the server on every read (never stored as HTML). */
    body: text('body').notNull().default(''),
    topic: text('topic').$type<HelpTopic>(),
    /** Ascending order in both lists; renumbered 0..n-1 by a reorder. */
    position: integer('position').notNull().default(0),
    published: boolean('published').notNull().default(false),
    publishedAt: tstz('published_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('help_articles_org_slug_uq').on(t.orgId, t.slug),
    index('help_articles_org_position_idx').on(t.orgId, t.position, t.id),
  ],
);
