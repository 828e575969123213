import { type DbOrTx, schema } from '@portico/db';
import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { jobIdOf } from '../jobs/job-map';
import { enqueueJobs } from '../jobs/outbox';

const { invitations } = schema;

/**
 * The safety nets behind the claim, in three parts the worker's reconcile sweep puts together
 * (apps/worker/src/reconcile-sends.ts): only it can see BullMQ, so only it can tell a queued
 * invitation whose job waits in a long backlog from one whose job is gone.
 *
 * Either net may send an email twice (the first one may have left just before the crash); the
 * claim keeps that to these rare cases.
 */

/**
 * A worker that dies between claim and mark leaves its row in `sending` for good: after
 * `olderThan` (longer than any live send can take) it is queued again, with a new job if it is
 * still pending. Answers how many were resumed. SKIP LOCKED: concurrent sweeps split the rows.
 */
export async function resumeStuckSends(db: DbOrTx, olderThan: Date, limit = 2000): Promise<number> {
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
    await enqueueJobs(
      tx,
      resumed
        .filter((r) => r.status === 'pending')
        .map((r) => ({ orgId: r.orgId, job: 'invitation.send', payload: { invitationId: r.id } })),
    );
    return resumed.length;
  });
}

export interface QueuedSend {
  invitationId: string;
  /** BullMQ ids of the jobs relayed for it (outbox rows are kept a week): one of them may still be live. */
  jobIds: string[];
}

export interface QueuedSendPage {
  /** The page's invitations whose every send job was relayed: the ones to look up in BullMQ. */
  sends: QueuedSend[];
  /** Where the next page starts; null once the scan reached the end. */
  next: string | null;
}

/** A page position: the last row's created_at (as PostgreSQL spells it, so no precision is lost) and id. */
const cursorOf = (createdAt: string, id: string) => JSON.stringify([createdAt, id]);
function parseCursor(cursor: string | null | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(cursor);
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string'))
      return value as [string, string];
  } catch {}
  return null;
}

/**
 * One page of queued, pending, unexpired invitations untouched since `olderThan`, oldest first
 * from `after`, with the job ids of their relayed send rows. One with a send row still waiting in
 * the outbox is left out of `sends` (the relay will add its job) but still moves the cursor.
 * Two index scans: the in-flight invitations (invitations_in_flight_idx), and per row its send
 * rows (outbox_invitation_send_idx); so a page costs the same whatever the backlog behind it.
 */
export async function queuedSendsPage(
  db: DbOrTx,
  olderThan: Date,
  options: { after?: string | null; limit: number },
): Promise<QueuedSendPage> {
  const after = parseCursor(options.after);
  const rows = await db.execute<{
    id: string;
    created_at: string;
    relayed: string[] | null;
    waiting: boolean | null;
  }>(sql`
    select i.id, i.created_at::text as created_at, s.relayed, s.waiting
    from invitations i
    left join lateral (
      select array_agg(o.id::text) filter (where o.relayed_at is not null) as relayed,
             bool_or(o.relayed_at is null) as waiting
      from outbox o
      where o.job = 'invitation.send' and (o.payload->>'invitationId') = i.id::text
    ) s on true
    where i.delivery_state = 'queued' and i.status = 'pending'
      and i.updated_at < ${olderThan} and i.expires_at > now()
      ${after ? sql`and (i.created_at, i.id) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
    order by i.created_at, i.id
    limit ${options.limit}`);
  const last = rows.rows.at(-1);
  return {
    sends: rows.rows
      .filter((r) => !r.waiting)
      .map((r) => ({ invitationId: r.id, jobIds: (r.relayed ?? []).map((id) => jobIdOf(Number(id))) })),
    next: last && rows.rows.length === options.limit ? cursorOf(last.created_at, last.id) : null,
  };
}

/**
 * Gives each of these invitations a new send job, if it is still queued, pending, unexpired and
 * untouched since `olderThan`: the caller found its jobs gone from BullMQ (a Redis that lost its
 * data). Touching updated_at restarts the clock, and a second sweep that looked at the same
 * invitation finds it no longer untouched (the row lock orders them): one new job, not two.
 */
export async function rekickQueuedSends(
  db: DbOrTx,
  invitationIds: readonly string[],
  olderThan: Date,
): Promise<number> {
  if (invitationIds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const now = new Date();
    const rekicked = await tx
      .update(invitations)
      .set({ updatedAt: now })
      .where(
        and(
          inArray(invitations.id, [...invitationIds]),
          eq(invitations.deliveryState, 'queued'),
          eq(invitations.status, 'pending'),
          lt(invitations.updatedAt, olderThan),
          gt(invitations.expiresAt, now),
        ),
      )
      .returning({ id: invitations.id, orgId: invitations.orgId });
    await enqueueJobs(
      tx,
      rekicked.map((r) => ({ orgId: r.orgId, job: 'invitation.send', payload: { invitationId: r.id } })),
    );
    return rekicked.length;
  });
}
