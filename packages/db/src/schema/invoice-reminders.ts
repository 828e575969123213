import { pgEnum, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { documents } from './documents';

/** How far an unpaid invoice has come: due within a few days, or past its due date. */
export const invoiceReminderStage = pgEnum('invoice_reminder_stage', ['due_soon', 'overdue']);
export type InvoiceReminderStage = (typeof invoiceReminderStage.enumValues)[number];

/**
 * Each stage an invoice was reminded of (core's notices/invoice-reminders.ts). The key makes the
 * reminder sweep's claim an `insert … on conflict do nothing`: each stage reaches contacts once.
 */
export const invoiceReminders = pgTable(
  'invoice_reminders',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    stage: invoiceReminderStage('stage').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.stage] })],
);
