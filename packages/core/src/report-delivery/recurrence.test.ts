import { describe, expect, it } from '@jest/globals';
import {
  alertPeriodKey,
  cronPattern,
  nextOccurrence,
  type Recurrence,
  schedulePeriodKey,
} from './recurrence';

const daily: Recurrence = {
  frequency: 'daily',
  time: '08:30',
  weekday: null,
  monthday: null,
  timezone: 'Europe/London',
};

describe('schedule recurrence', () => {
  it('states the cron pattern BullMQ runs in the zone', () => {
    expect(cronPattern(daily)).toBe('30 8 * * *');
    expect(cronPattern({ ...daily, frequency: 'weekly', weekday: 7 })).toBe('30 8 * * 0');
    expect(cronPattern({ ...daily, frequency: 'monthly', monthday: 28 })).toBe('30 8 28 * *');
  });

  it('finds the next local time across summer time', () => {
    // London is UTC+1 until 2026-10-25 (01:00 UTC), UTC after.
    expect(nextOccurrence(daily, new Date('2026-10-24T06:00:00Z')).toISOString()).toBe(
      '2026-10-24T07:30:00.000Z',
    );
    expect(nextOccurrence(daily, new Date('2026-10-24T07:30:00Z')).toISOString()).toBe(
      '2026-10-25T08:30:00.000Z',
    );
    const weekly = { ...daily, frequency: 'weekly' as const, weekday: 1, timezone: 'America/New_York' };
    // Sunday 2026-11-29 23:00 in New York is Monday 04:00 UTC: the next Monday 08:30 is that day.
    expect(nextOccurrence(weekly, new Date('2026-11-30T04:00:00Z')).toISOString()).toBe(
      '2026-11-30T13:30:00.000Z',
    );
    const monthly = { ...daily, frequency: 'monthly' as const, monthday: 15, timezone: 'UTC' };
    expect(nextOccurrence(monthly, new Date('2026-11-15T09:00:00Z')).toISOString()).toBe(
      '2026-12-15T08:30:00.000Z',
    );
  });

  it('keys periods by local day, ISO week or month, and alerts by UTC day or week', () => {
    const late = new Date('2026-11-30T03:00:00Z'); // still Sunday 29th in Chicago
    expect(schedulePeriodKey({ frequency: 'daily', timezone: 'America/Chicago' }, late)).toBe('2026-11-29');
    expect(schedulePeriodKey({ frequency: 'weekly', timezone: 'America/Chicago' }, late)).toBe('2026-W48');
    expect(schedulePeriodKey({ frequency: 'weekly', timezone: 'UTC' }, late)).toBe('2026-W49');
    expect(schedulePeriodKey({ frequency: 'monthly', timezone: 'Asia/Tokyo' }, late)).toBe('2026-11');
    expect(alertPeriodKey('daily', late)).toBe('2026-11-30');
    expect(alertPeriodKey('weekly', new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
  });
});
