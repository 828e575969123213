import { continueBatchExpiry, expireInvitation, overdueBatchInvitationIds } from '@portico/core';
import type { ProcessorDeps } from './deps';
import { batchIdOf } from './job-payload';

/** Per chunk and chunks per run, as the expiry sweep: a run holds its lifecycle slot for seconds. */
const CHUNK = 500;
const ROUNDS = 10;

/**
 * `invitationBatch.expire`, delayed until the batch's expiry time: expires its invitations still
 * pending, each as `invitation.expire` would (events, contact status, webhook). Idempotent; what
 * one run leaves goes to a continuation through the outbox, and the expiry sweep stays the net.
 */
export async function expireBatchJob(
  deps: ProcessorDeps,
  data: unknown,
): Promise<{ expired: number; continued: boolean }> {
  const batchId = batchIdOf(data);
  let expired = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const ids = await overdueBatchInvitationIds(deps.db, batchId, new Date(), CHUNK);
    for (const id of ids) {
      if (await deps.db.transaction((tx) => expireInvitation(tx, id))) expired++;
    }
    if (ids.length < CHUNK) return { expired, continued: false };
  }
  return { expired, continued: await continueBatchExpiry(deps.db, batchId) };
}
