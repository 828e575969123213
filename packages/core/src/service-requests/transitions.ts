import type { ServiceRequestStatus } from '@portico/db';
import { ConflictError, RuleViolationError, ValidationError } from '../errors';

/**
 * Where a request may go from each status. `done` and `declined` are final for the customer's
 * view of the work, but the office (or the operations system) may reopen one to `received` with a
 * note, since a job closed by mistake or a decline reconsidered is ordinary; reopening is the only
 * way out of them. `scheduled -> scheduled` is a reschedule (a new date).
 */
export const serviceRequestTransitions: Record<ServiceRequestStatus, readonly ServiceRequestStatus[]> = {
  received: ['scheduled', 'in_progress', 'done', 'declined'],
  scheduled: ['scheduled', 'in_progress', 'done', 'declined'],
  in_progress: ['scheduled', 'done', 'declined'],
  done: ['received'],
  declined: ['received'],
};

export const finalStatuses: readonly ServiceRequestStatus[] = ['done', 'declined'];

export const NOTE_MAX_LENGTH = 2000;

export interface StatusChange {
  status: ServiceRequestStatus;
  /** Shown to the customer; required to decline (the reason) and to reopen. */
  note?: string | null | undefined;
  /** When the visit is planned; only with `scheduled`. */
  scheduledFor?: string | null | undefined;
}

export interface CheckedChange {
  status: ServiceRequestStatus;
  note: string | null;
  scheduledFor: Date | null;
}

/** Checks a change against the request's current status; throws the error its answer should be. */
export function checkStatusChange(from: ServiceRequestStatus, change: StatusChange): CheckedChange {
  const note = change.note?.trim() || null;
  if (note && note.length > NOTE_MAX_LENGTH) {
    throw new ValidationError('The note is too long.', [
      { field: 'note', message: `at most ${NOTE_MAX_LENGTH} characters` },
    ]);
  }
  let scheduledFor: Date | null = null;
  if (change.scheduledFor) {
    if (change.status !== 'scheduled') {
      throw new ValidationError('A date only goes with the scheduled status.', [
        { field: 'scheduledFor', message: 'only with status scheduled' },
      ]);
    }
    scheduledFor = new Date(change.scheduledFor);
    if (Number.isNaN(scheduledFor.getTime())) {
      throw new ValidationError('The date is not valid.', [
        { field: 'scheduledFor', message: 'not a date-time' },
      ]);
    }
  }
  if (from === change.status && from !== 'scheduled') {
    throw new ConflictError(`The request is already ${from.replace('_', ' ')}.`);
  }
  if (!serviceRequestTransitions[from].includes(change.status)) {
    throw new RuleViolationError(
      `A request that is ${from.replace('_', ' ')} cannot become ${change.status.replace('_', ' ')}.`,
      { from, to: change.status, allowed: serviceRequestTransitions[from] },
    );
  }
  if (change.status === 'declined' && !note) {
    throw new RuleViolationError('Declining a request needs a reason the customer will read.', {
      errors: [{ field: 'note', message: 'required to decline' }],
    });
  }
  if (finalStatuses.includes(from) && !note) {
    throw new RuleViolationError('Reopening a request needs a note saying why.', {
      errors: [{ field: 'note', message: 'required to reopen' }],
    });
  }
  return { status: change.status, note, scheduledFor };
}
