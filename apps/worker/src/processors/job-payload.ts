import { UnrecoverableError } from 'bullmq';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id of a job's payload, checked: payloads cross Redis, and a malformed one (a hand-written
 * outbox row) must fail once, visibly, instead of retrying a query that can never work.
 */
function uuidOf(data: unknown, field: string): string {
  const id = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;
  if (typeof id !== 'string' || !UUID.test(id)) {
    throw new UnrecoverableError(`job payload has no valid ${field}: ${JSON.stringify(data)}`);
  }
  return id;
}

export const invitationIdOf = (data: unknown): string => uuidOf(data, 'invitationId');

export const batchIdOf = (data: unknown): string => uuidOf(data, 'batchId');

export const linkIdOf = (data: unknown): string => uuidOf(data, 'linkId');

export const orgIdOf = (data: unknown): string => uuidOf(data, 'orgId');

export const noticeIdOf = (data: unknown): string => uuidOf(data, 'noticeId');

export const runIdOf = (data: unknown): string => uuidOf(data, 'runId');

export const scheduleIdOf = (data: unknown): string => uuidOf(data, 'scheduleId');

export const deliveryIdOf = (data: unknown): string => uuidOf(data, 'deliveryId');

export const endpointIdOf = (data: unknown): string => uuidOf(data, 'endpointId');

export const eventIdOf = (data: unknown): string => uuidOf(data, 'eventId');
