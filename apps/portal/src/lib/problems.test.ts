import { describe, expect, it } from '@jest/globals';
import { failureMessage, suspensionOf, tooManyAttemptsMessage, waitMinutes } from './problems';

const tooMany = (retryAfterSeconds?: number) => ({
  type: 'https://portico.dev/problems/429',
  title: 'Too Many Requests',
  status: 429,
  detail: 'Too many sign-in attempts. Wait 15 minute(s) and try again.',
  ...(retryAfterSeconds !== undefined && { retryAfterSeconds }),
});

describe('the 429 message', () => {
  it('rounds Retry-After up to whole minutes, never below one', () => {
    expect(waitMinutes(tooMany(900))).toBe(15);
    expect(waitMinutes(tooMany(61))).toBe(2);
    expect(waitMinutes(tooMany(5))).toBe(1);
    expect(waitMinutes(tooMany(0))).toBe(1);
    expect(waitMinutes(tooMany())).toBeNull();
    expect(waitMinutes({ ...tooMany(60), status: 400 })).toBeNull();
  });

  it('says how long to wait, in the right number', () => {
    expect(tooManyAttemptsMessage(15)).toBe('Too many attempts. Try again in 15 minutes.');
    expect(tooManyAttemptsMessage(1)).toBe('Too many attempts. Try again in 1 minute.');
    expect(tooManyAttemptsMessage(null)).toBe('Too many attempts. Try again in a few minutes.');
    expect(failureMessage(tooMany(120))).toBe('Too many attempts. Try again in 2 minutes.');
  });
});

describe('suspensionOf', () => {
  const forbidden = (extra: Record<string, unknown>) => ({
    type: 'https://portico.dev/problems/403',
    title: 'Forbidden',
    status: 403,
    detail: 'Call the office.',
    ...extra,
  });

  it('reads the organization’s note from a suspended 403', () => {
    expect(suspensionOf(forbidden({ code: 'suspended', suspendedNote: ' Call the office. ' }))).toEqual({
      message: 'Call the office.',
      note: 'Call the office.',
    });
    expect(suspensionOf(forbidden({ code: 'suspended', suspendedNote: null }))).toEqual({
      message: 'Call the office.',
      note: null,
    });
  });

  it('ignores every other 403', () => {
    expect(suspensionOf(forbidden({}))).toBeNull();
    expect(suspensionOf(new Error('suspended'))).toBeNull();
  });
});
