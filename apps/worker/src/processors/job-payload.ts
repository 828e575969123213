import { UnrecoverableError } from 'bullmq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The invitation id of a job, checked: payloads cross Redis, and a malformed one (a hand-written
 * outbox row) must fail once, visibly, instead of retrying a query that can never work.
 */
export function invitationIdOf(data: unknown): string {
  const id =
    typeof data === 'object' && data !== null && 'invitationId' in data ? data.invitationId : undefined;
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new UnrecoverableError(`job payload has no valid invitationId: ${JSON.stringify(data)}`);
  }
  return id;
}
