import { type DbOrTx, schema } from '@portico/db';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { enqueueJobs } from '../jobs/outbox';
import { scheduleDocumentNotices } from './document-notices';

const { documentNotices, documents } = schema;

export interface NoticeReconcileResult {
  resumed: number;
  digestsScheduled: number;
}

/**
 * The safety net behind "new documents" emails, run by the worker's sweep. A worker that died
 * between claim and mark leaves a notice in `sending`: after `olderThan` it is queued again with a
 * new job (the email may go twice, never zero times). A digest whose job failed for good leaves
 * published documents un-notified: their organizations get a new digest.
 */
export async function reconcileDocumentNotices(
  db: DbOrTx,
  olderThan: Date,
  limit = 2000,
): Promise<NoticeReconcileResult> {
  return db.transaction(async (tx) => {
    const stuck = tx
      .select({ id: documentNotices.id })
      .from(documentNotices)
      .where(and(eq(documentNotices.state, 'sending'), lt(documentNotices.updatedAt, olderThan)))
      .limit(limit)
      .for('update', { skipLocked: true });
    const resumed = await tx
      .update(documentNotices)
      .set({ state: 'queued', lastError: 'The send was interrupted; queued again.' })
      .where(inArray(documentNotices.id, stuck))
      .returning({ id: documentNotices.id, orgId: documentNotices.orgId });
    await enqueueJobs(
      tx,
      resumed.map((n) => ({ orgId: n.orgId, job: 'documentNotice.send', payload: { noticeId: n.id } })),
    );

    const stranded = await tx
      .selectDistinct({ orgId: documents.orgId })
      .from(documents)
      .where(
        and(
          eq(documents.published, true),
          isNull(documents.notifiedAt),
          lt(documents.publishedAt, olderThan),
          sql`${documents.publishedAt} > now() - interval '30 days'`,
        ),
      )
      .limit(limit);
    for (const { orgId } of stranded) await scheduleDocumentNotices(tx, orgId);
    return { resumed: resumed.length, digestsScheduled: stranded.length };
  });
}
