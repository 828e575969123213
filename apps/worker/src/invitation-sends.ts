import {
  claimInvitationSends,
  type InvitationSendClaim,
  markInvitationsSent,
  type SentInvitation,
} from '@portico/core';
import type { Db } from '@portico/db';
import { coalesce } from './coalesce';

/** The claim and the mark of invitation.send jobs, shared by the jobs running in this worker. */
export interface InvitationSends {
  /** The invitation's email to send, or undefined when there is nothing to send. */
  claim: (invitationId: string) => Promise<InvitationSendClaim | undefined>;
  /** False when the invitation was no longer `sending`. */
  markSent: (invitationId: string, messageId: string) => Promise<boolean>;
}

/**
 * Claims and marks go out in batches (coalesce.ts): during a bulk send, the worker's concurrent
 * jobs share one statement per batch instead of paying two per email. A job's promise still
 * settles only once its own row is written, so a crash leaves at most the jobs in flight (the
 * worker's concurrency) sent but unrecorded, as before.
 */
export function batchedInvitationSends(db: Db, portalUrl: string, maxBatch: number): InvitationSends {
  const claim = coalesce((ids: string[]) => claimInvitationSends(db, ids, { portalUrl }), maxBatch);
  const mark = coalesce(async (sent: SentInvitation[]) => {
    const marked = await markInvitationsSent(db, sent);
    return new Map(sent.map((s) => [s, marked.has(s.invitationId)]));
  }, maxBatch);
  return {
    claim,
    markSent: async (invitationId, messageId) => (await mark({ invitationId, messageId })) ?? false,
  };
}
