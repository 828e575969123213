import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tstz } from './columns';

/**
 * Jobs written in the same transaction as the state change that causes them; the worker's relay
 * moves them into BullMQ. Payloads carry ids, never tokens or secrets.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    // No foreign key (decision 019): a batch writes 100k rows here at once. Rows are pruned a
    // week after relay, and a job whose rows are gone completes without doing anything.
    orgId: uuid('org_id').notNull(),
    /** A job name from the typed job map in packages/core. */
    job: text('job').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /** Delay the job until then (expiry, reminders). */
    runAt: tstz('run_at'),
    relayAttempts: integer('relay_attempts').notNull().default(0),
    relayedAt: tstz('relayed_at'),
    createdAt: createdAt(),
  },
  (t) => [
    index('outbox_pending_idx').on(t.id).where(sql`${t.relayedAt} is null`),
    // No index on org_id alone: a batch's outbox rows skip one index entry each.
    // The "new documents" debounce looks for a digest already waiting for the organization.
    index('outbox_digest_idx').on(t.orgId, t.runAt).where(sql`${t.job} = 'documents.notify'`),
    // The send reconcile finds an invitation's send jobs (their BullMQ ids) by its id.
    index('outbox_invitation_send_idx')
      .on(sql`(${t.payload}->>'invitationId')`)
      .where(sql`${t.job} = 'invitation.send'`),
  ],
);
