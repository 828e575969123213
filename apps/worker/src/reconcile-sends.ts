import { setTimeout as sleep } from 'node:timers/promises';
import { type QueuedSend, queuedSendsPage, rekickQueuedSends, resumeStuckSends } from '@portico/core';
import type { DbOrTx } from '@portico/db';
import type { EmailQueue } from './queues/email';

/**
 * Invitations looked up per page: one index scan in PostgreSQL and as many HGETALLs in one
 * pipeline to Redis, a few tens of milliseconds in all.
 */
const PAGE = 1000;
/** Pages per sweep while they turn up lost jobs (a Redis that lost its data): 5000 new jobs a run at most. */
const MAX_PAGES = 5;
/** A half-open Redis connection can hang a lookup; the sweep fails instead, and the next one tries again. */
const LOOKUP_TIMEOUT_MS = 5000;

export interface SendReconcile {
  /** Sends interrupted mid-way (the worker died), queued again. */
  resumed: number;
  /** Queued invitations whose jobs were looked up in BullMQ. */
  checked: number;
  /** Queued sends whose jobs were all gone from BullMQ, given a new one. */
  rekicked: number;
}

/**
 * A job is live while waiting, delayed, prioritized or active: its hash exists and it has not
 * finished (BullMQ sets finishedOn when a job completes or fails for good, and clears it if the
 * job is retried). A completed job is removed or finished; either way it no longer sends.
 */
async function liveJobIds(queue: EmailQueue, jobIds: string[]): Promise<Set<string>> {
  const stop = new AbortController();
  try {
    const jobs = await Promise.race([
      // ioredis writes the commands without awaiting each reply: one pipeline in effect.
      Promise.all(jobIds.map((id) => queue.getJob(id))),
      sleep(LOOKUP_TIMEOUT_MS, undefined, { signal: stop.signal }).then(() => {
        throw new Error(`BullMQ did not answer within ${LOOKUP_TIMEOUT_MS} ms`);
      }),
    ]);
    return new Set(jobs.filter((job) => job && !job.finishedOn).map((job) => job?.id as string));
  } finally {
    stop.abort();
  }
}

const jobIdsOf = (send: QueuedSend) => send.jobIds;
const invitationIdOf = (send: QueuedSend) => send.invitationId;

/**
 * Resumes sends stuck in `sending`, then looks for queued invitations whose send jobs are gone
 * from BullMQ and gives them a new one. A queued invitation is not lost for being old: a large
 * batch waits in BullMQ far longer than `olderThan`, and only the queue can tell. So the sweep
 * walks the old queued invitations a page at a time, asks BullMQ about their jobs, and rekicks
 * only those with none live.
 *
 * The walk goes on from where the previous sweep stopped (a cursor kept in Redis, beside the
 * queues: lost with them, it restarts from the oldest, which is where lost jobs would be). A page
 * with nothing lost ends the run, so a healthy backlog costs one page per sweep; pages with lost
 * jobs go on, up to MAX_PAGES. Run it under the sweep lock (sweep-lock.ts): one walk at a time.
 */
export async function reconcileSends(
  db: DbOrTx,
  email: EmailQueue,
  cursorKey: string,
  olderThan: Date,
): Promise<SendReconcile> {
  const resumed = await resumeStuckSends(db, olderThan);
  const redis = await email.getBackend().client;
  let cursor = await redis.get(cursorKey);
  let checked = 0;
  let rekicked = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { sends, next } = await queuedSendsPage(db, olderThan, { after: cursor, limit: PAGE });
    const live = await liveJobIds(email, sends.flatMap(jobIdsOf));
    const lost = sends.filter((s) => !s.jobIds.some((id) => live.has(id))).map(invitationIdOf);
    checked += sends.length;
    rekicked += await rekickQueuedSends(db, lost, olderThan);
    cursor = next;
    if (next === null || lost.length === 0) break;
  }
  if (cursor === null) await redis.del(cursorKey);
  else await redis.set(cursorKey, cursor);
  return { resumed, checked, rekicked };
}
