import { type DbOrTx, schema } from '@portico/db';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { enqueueJobs } from '../jobs/outbox';

const { invitations, outbox } = schema;

export interface ReconcileResult {
  /** Sends interrupted mid-way (the worker died), queued again. */
  resumed: number;
  /** Queued sends with no job in sight (Redis lost its data), given a new one. */
  rekicked: number;
}

/**
 * The safety net behind the claim. A worker that dies between claim and mark leaves its row in
 * `sending` for good: after `olderThan` (longer than any live send can take) it is queued again
 * with a new job. A queued, pending invitation untouched since `olderThan` and with no job waiting
 * in the outbox lost its BullMQ job (a Redis that lost its data): it gets a new one. Either may
 * send an email twice (the first one may have left just before the crash); the claim keeps that
 * to these rare cases. Rows are taken with SKIP LOCKED, so concurrent sweeps split the work.
 */
export async function reconcileStuckSends(
  db: DbOrTx,
  olderThan: Date,
  limit = 2000,
): Promise<ReconcileResult> {
  return db.transaction(async (tx) => {
    const stuck = tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.deliveryState, 'sending'), lt(invitations.updatedAt, olderThan)))
      .limit(limit)
      .for('update', { skipLocked: true });
    const resumed = await tx
      .update(invitations)
      .set({ deliveryState: 'queued', tokenHash: null, lastError: 'The send was interrupted; queued again.' })
      .where(inArray(invitations.id, stuck))
      .returning({ id: invitations.id, orgId: invitations.orgId, status: invitations.status });

    const stranded = tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.deliveryState, 'queued'),
          eq(invitations.status, 'pending'),
          lt(invitations.updatedAt, olderThan),
          gt(invitations.expiresAt, new Date()),
          sql`not exists (select 1 from ${outbox} where ${outbox.relayedAt} is null
                and ${outbox.job} = 'invitation.send' and ${outbox.payload}->>'invitationId' = ${invitations.id}::text)`,
        ),
      )
      .limit(limit)
      .for('update', { skipLocked: true });
    // Touching updated_at restarts the clock, so a slow backlog gets at most one extra job per period.
    const rekicked = await tx
      .update(invitations)
      .set({ updatedAt: new Date() })
      .where(inArray(invitations.id, stranded))
      .returning({ id: invitations.id, orgId: invitations.orgId });

    const toSend = [...resumed.filter((r) => r.status === 'pending'), ...rekicked];
    await enqueueJobs(
      tx,
      toSend.map((r) => ({ orgId: r.orgId, job: 'invitation.send', payload: { invitationId: r.id } })),
    );
    return { resumed: resumed.length, rekicked: rekicked.length };
  });
}
