import { type DbOrTx, schema } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import { enqueueJobs } from '../jobs/outbox';

const { invitationBatches, invitations } = schema;

/**
 * Ids of a batch's invitations still pending past their expiry, for `invitationBatch.expire` to
 * expire one by one (expireInvitation). Expired ones leave the pending-expiry index, so asking
 * again for the next chunk never walks the ones already done.
 */
export async function overdueBatchInvitationIds(
  db: DbOrTx,
  batchId: string,
  now = new Date(),
  limit = 500,
): Promise<string[]> {
  const rows = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.batchId, batchId),
        eq(invitations.status, 'pending'),
        sql`${invitations.expiresAt} <= ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Queues the batch's expiry again, due now, for the invitations one run left: each run holds a
 * worker slot for a bounded time. False when the batch is gone (its organization deleted).
 */
export async function continueBatchExpiry(db: DbOrTx, batchId: string): Promise<boolean> {
  const [batch] = await db
    .select({ orgId: invitationBatches.orgId })
    .from(invitationBatches)
    .where(eq(invitationBatches.id, batchId))
    .limit(1);
  if (!batch) return false;
  await enqueueJobs(db, [{ orgId: batch.orgId, job: 'invitationBatch.expire', payload: { batchId } }]);
  return true;
}
