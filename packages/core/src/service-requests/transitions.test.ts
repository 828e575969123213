import { describe, expect, it } from '@jest/globals';
import { ConflictError, RuleViolationError, ValidationError } from '../errors';
import { checkStatusChange } from './transitions';

describe('service request transitions', () => {
  it('allows the forward moves, and a reschedule', () => {
    expect(
      checkStatusChange('received', { status: 'scheduled', scheduledFor: '2030-01-01T08:00:00Z' }),
    ).toEqual({
      status: 'scheduled',
      note: null,
      scheduledFor: new Date('2030-01-01T08:00:00Z'),
    });
    expect(checkStatusChange('scheduled', { status: 'scheduled' }).status).toBe('scheduled');
    expect(checkStatusChange('in_progress', { status: 'done', note: '  fixed  ' }).note).toBe('fixed');
  });

  it('needs a reason to decline and a note to reopen; final statuses only reopen', () => {
    expect(() => checkStatusChange('received', { status: 'declined' })).toThrow(RuleViolationError);
    expect(checkStatusChange('received', { status: 'declined', note: 'No access' }).note).toBe('No access');
    expect(() => checkStatusChange('done', { status: 'in_progress', note: 'x' })).toThrow(RuleViolationError);
    expect(() => checkStatusChange('declined', { status: 'received' })).toThrow(RuleViolationError);
    expect(checkStatusChange('declined', { status: 'received', note: 'Reconsidered' }).status).toBe(
      'received',
    );
    expect(() => checkStatusChange('in_progress', { status: 'received' })).toThrow(RuleViolationError);
  });

  it('refuses a repeat of the current status, and a date with another status', () => {
    expect(() => checkStatusChange('done', { status: 'done' })).toThrow(ConflictError);
    expect(() =>
      checkStatusChange('received', { status: 'done', scheduledFor: '2030-01-01T08:00:00Z' }),
    ).toThrow(ValidationError);
    expect(() => checkStatusChange('received', { status: 'scheduled', scheduledFor: 'soon' })).toThrow(
      ValidationError,
    );
  });
});
