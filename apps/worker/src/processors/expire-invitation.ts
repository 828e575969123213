import { expireInvitation } from '@portico/core';
import type { ProcessorDeps } from './deps';
import { invitationIdOf } from './job-payload';

/** `invitation.expire`, delayed until the expiry time. Idempotent: only a still-pending invitation changes. */
export async function expireInvitationJob(deps: ProcessorDeps, data: unknown): Promise<{ expired: boolean }> {
  const invitationId = invitationIdOf(data);
  const expired = await deps.db.transaction((tx) => expireInvitation(tx, invitationId));
  return { expired };
}
