import { sql } from 'drizzle-orm';
import { boolean, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { organizations } from './organizations';

export const templateKind = pgEnum('template_kind', [
  'invitation',
  'invitation_reminder',
  'password_reset',
  'magic_link',
  'document_shared',
  'export_delivery',
]);
export type TemplateKind = (typeof templateKind.enumValues)[number];

export const notificationTemplates = pgTable(
  'notification_templates',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: templateKind('kind').notNull(),
    name: text('name').notNull(),
    subject: text('subject').notNull(),
    htmlBody: text('html_body').notNull(),
    textBody: text('text_body').notNull(),
    /** The template used for its kind when none is chosen; one per kind. */
    isDefault: boolean('is_default').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('notification_templates_org_kind_idx').on(t.orgId, t.kind),
    uniqueIndex('notification_templates_one_default_uq').on(t.orgId, t.kind).where(sql`${t.isDefault}`),
  ],
);
