import { type DbOrTx, schema } from '@portico/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { listContactsWhere } from '../contacts/contact-list';
import type { ContactView } from '../contacts/contact-view';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';
import type { Page, PageRequest } from '../pagination';
import { type BatchCategory, type BatchFilter, batchScope, categoryCondition } from './batch-scope';

const { contacts, invitationBatches, invitations } = schema;

export type BatchCounts = Record<BatchCategory, number>;

/** The tool's "Load": how many contacts the filters reach, split the way the office decides. */
export async function previewBatch(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: BatchFilter,
): Promise<BatchCounts> {
  const c = (category: BatchCategory) => {
    const condition = categoryCondition(category);
    return condition ? sql<number>`count(*) filter (where ${condition})::int` : sql<number>`count(*)::int`;
  };
  // One pass over the organization's contacts, against the scope's ids. (JIT, which cost several
  // times the query itself over 100k contacts, is off for the pool: packages/db/src/client.ts.)
  const [row] = await db
    .select({
      total: c('total'),
      accepted: c('accepted'),
      pending: c('pending'),
      notSent: c('notSent'),
      cannotInvite: c('cannotInvite'),
      suspended: c('suspended'),
    })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), batchScope(filter, ctx.orgId)));
  return row ?? { total: 0, accepted: 0, pending: 0, notSent: 0, cannotInvite: 0, suspended: 0 };
}

/** A count's drill-down: the contacts behind it, paginated like the contact list. */
export function batchRecipients(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: BatchFilter,
  category: BatchCategory,
  page: PageRequest,
): Promise<Page<ContactView>> {
  const where: SQL[] = [batchScope(filter, ctx.orgId)];
  const condition = categoryCondition(category);
  if (condition) where.push(condition);
  return listContactsWhere(db, ctx, where, page);
}

export interface BatchProgress {
  id: string;
  total: number;
  skipped: Record<string, number>;
  queued: number;
  sent: number;
  failed: number;
  done: boolean;
  createdAt: Date;
}

/** For the progress bar: where each of the batch's emails stands. */
export async function batchProgress(db: DbOrTx, ctx: OfficeContext, batchId: string): Promise<BatchProgress> {
  const [batch] = await db
    .select()
    .from(invitationBatches)
    .where(and(eq(invitationBatches.orgId, ctx.orgId), eq(invitationBatches.id, batchId)))
    .limit(1);
  if (!batch) throw new NotFoundError('Invitation batch');
  const [counts] = await db
    .select({
      // A revoked or expired invitation will never be sent, so it no longer counts as waiting.
      queued: sql<number>`count(*) filter (where ${invitations.deliveryState} in ('queued', 'sending') and ${invitations.status} = 'pending')::int`,
      sent: sql<number>`count(*) filter (where ${invitations.deliveryState} = 'sent')::int`,
      failed: sql<number>`count(*) filter (where ${invitations.deliveryState} = 'failed')::int`,
    })
    .from(invitations)
    .where(eq(invitations.batchId, batchId));
  const { queued = 0, sent = 0, failed = 0 } = counts ?? {};
  return {
    id: batch.id,
    total: batch.total,
    skipped: batch.skipped,
    queued,
    sent,
    failed,
    done: queued === 0,
    createdAt: batch.createdAt,
  };
}
