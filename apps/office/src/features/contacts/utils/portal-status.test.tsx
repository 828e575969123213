import { describe, expect, it } from '@jest/globals';
import { portalActions } from './portal-status';

// The badge and its labels are shared now: src/components/portal-status-badge.test.tsx.
describe('portalActions', () => {
  it('offers the invitation actions that fit each status', () => {
    expect(portalActions('not_invited')).toEqual(['invite', 'suspend']);
    expect(portalActions('invited')).toEqual(['resend', 'revoke', 'suspend']);
    expect(portalActions('expired')).toEqual(['invite', 'resend', 'suspend']);
    expect(portalActions('enrolled')).toEqual(['suspend']);
    expect(portalActions('suspended')).toEqual(['reinstate']);
  });
});
