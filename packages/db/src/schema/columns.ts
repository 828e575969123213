import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Shared column builders so every table spells ids, tenancy and timestamps the same way. */
export const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);

/**
 * For tables written in bulk (a 100k-contact invitation batch): ids that grow with time keep the
 * primary key's inserts on its last leaves (migration 0009 defines the function).
 */
export const timeOrderedId = () => uuid('id').primaryKey().default(sql`time_ordered_uuid()`);

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

export const tstz = (name: string) => timestamp(name, { withTimezone: true });
