import { describe, expect, it } from '@jest/globals';
import { type LinkCheck, linkPage } from './link-state';

const token = 'aValidLookingToken_0001';
const problem = (status: number, extra: Record<string, unknown> = {}) => ({
  type: `https://portico.dev/problems/${status}`,
  title: 'Problem',
  status,
  detail: 'x',
  ...extra,
});
const answered = (
  state: 'valid' | 'expired' | 'used',
  purpose: 'magic_link' | 'password_reset' = 'magic_link',
) =>
  ({
    status: 'success',
    data: { purpose, state, expiresAt: '2026-03-01T10:10:00.000Z' },
  }) satisfies LinkCheck;

describe('linkPage', () => {
  it('treats a missing or mangled token as an unknown link, without waiting for the API', () => {
    expect(linkPage('magic_link', null, { status: 'pending' })).toEqual({ kind: 'ended', end: 'unknown' });
    expect(linkPage('magic_link', 'short', { status: 'pending' })).toEqual({ kind: 'ended', end: 'unknown' });
    expect(linkPage('magic_link', 'has spaces in it and is long', { status: 'pending' })).toEqual({
      kind: 'ended',
      end: 'unknown',
    });
  });

  it('maps each state the GET answers', () => {
    expect(linkPage('magic_link', token, { status: 'pending' })).toEqual({ kind: 'checking' });
    expect(linkPage('magic_link', token, answered('valid'))).toEqual({
      kind: 'valid',
      expiresAt: '2026-03-01T10:10:00.000Z',
    });
    expect(linkPage('magic_link', token, answered('expired'))).toEqual({ kind: 'ended', end: 'expired' });
    expect(linkPage('magic_link', token, answered('used'))).toEqual({ kind: 'ended', end: 'used' });
  });

  it('calls a 404 unknown, but an outage a failed check worth retrying', () => {
    expect(linkPage('magic_link', token, { status: 'error', error: problem(404) })).toEqual({
      kind: 'ended',
      end: 'unknown',
    });
    const outage = new TypeError('Failed to fetch');
    expect(linkPage('magic_link', token, { status: 'error', error: outage })).toEqual({
      kind: 'failed',
      error: outage,
    });
  });

  it('sends a link of the other purpose to its own page', () => {
    expect(linkPage('magic_link', token, answered('valid', 'password_reset'))).toEqual({
      kind: 'elsewhere',
      purpose: 'password_reset',
    });
  });

  it('lets the consuming POST’s 410 overrule an earlier "valid"', () => {
    const valid = answered('valid');
    expect(linkPage('magic_link', token, valid, problem(410, { code: 'link_used' }))).toEqual({
      kind: 'ended',
      end: 'used',
    });
    expect(
      linkPage(
        'password_reset',
        token,
        answered('valid', 'password_reset'),
        problem(410, { code: 'link_expired' }),
      ),
    ).toEqual({ kind: 'ended', end: 'expired' });
    // Other refusals (a suspension, a rate limit) stay on the form.
    expect(linkPage('magic_link', token, valid, problem(429))).toEqual({
      kind: 'valid',
      expiresAt: '2026-03-01T10:10:00.000Z',
    });
  });
});
