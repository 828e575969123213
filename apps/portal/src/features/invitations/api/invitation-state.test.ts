import { describe, expect, it } from '@jest/globals';
import type { InvitationLink } from './invitation';
import { type InvitationCheck, invitationPage } from './invitation-state';

const token = 'anInvitationToken_00001';
const organization = { name: 'Northwind Fire & Safety', logoUrl: null, brandColor: '#1d4ed8' };
const link = (state: InvitationLink['state']): InvitationCheck => ({
  status: 'success',
  data: {
    state,
    expiresAt: '2026-03-04T10:00:00.000Z',
    contact: { firstName: 'Owen', email: 'owen@harbor.example' },
    needsEmail: false,
    organization,
  },
});
const problem = (status: number, code?: string) => ({
  type: `https://portico.dev/problems/${status}`,
  title: 'Problem',
  status,
  detail: 'x',
  ...(code && { code }),
});

describe('invitationPage', () => {
  it('shows the form for a valid invitation', () => {
    const check = link('valid');
    expect(invitationPage(token, check)).toEqual({ kind: 'valid', invitation: check.data });
  });

  it.each(['expired', 'used', 'revoked'] as const)('names the organization for a %s invitation', (state) => {
    expect(invitationPage(token, link(state))).toEqual({ kind: 'ended', end: state, organization });
  });

  it('knows nobody for an unknown or mangled link', () => {
    expect(invitationPage(token, { status: 'error', error: problem(404) })).toEqual({
      kind: 'ended',
      end: 'unknown',
      organization: null,
    });
    expect(invitationPage('abc', { status: 'pending' })).toEqual({
      kind: 'ended',
      end: 'unknown',
      organization: null,
    });
  });

  it('waits while checking, and offers a retry when the API could not be asked', () => {
    expect(invitationPage(token, { status: 'pending' })).toEqual({ kind: 'checking' });
    expect(invitationPage(token, { status: 'error', error: problem(503) })).toMatchObject({ kind: 'failed' });
  });

  it.each([
    ['invitation_used', 'used'],
    ['invitation_expired', 'expired'],
    ['invitation_revoked', 'revoked'],
  ] as const)('turns the page when accepting answers 410 %s', (code, end) => {
    expect(invitationPage(token, link('valid'), problem(410, code))).toEqual({
      kind: 'ended',
      end,
      organization,
    });
  });

  it('keeps the form for a refused password or a rate limit', () => {
    expect(invitationPage(token, link('valid'), problem(400))).toMatchObject({ kind: 'valid' });
    expect(invitationPage(token, link('valid'), problem(429))).toMatchObject({ kind: 'valid' });
  });
});
