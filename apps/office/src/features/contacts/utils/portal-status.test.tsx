import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { PortalStatusBadge } from '../components/portal-status-badge';
import { portalStatuses } from './contact-filters';
import { portalActions, portalStatusLabel, portalStatusLooks } from './portal-status';

describe('portal status looks', () => {
  it('names every status in the words office staff use', () => {
    expect(portalStatuses.map(portalStatusLabel)).toEqual([
      'Not invited',
      'Invited',
      'Expired',
      'Enrolled',
      'Suspended',
    ]);
  });

  it('gives each status its own tone', () => {
    const tones = portalStatuses.map((status) => portalStatusLooks[status].tone);
    expect(new Set(tones).size).toBe(portalStatuses.length);
  });

  it('draws the badge with the word, the tone and an explanation', () => {
    render(<PortalStatusBadge status="expired" />);
    const badge = screen.getByText('Expired');
    expect(badge).toHaveClass('portal-badge', 'portal-badge--warning');
    expect(badge).toHaveAttribute('title', expect.stringContaining('expired before they registered'));
  });
});

describe('portalActions', () => {
  it('offers the invitation actions that fit each status', () => {
    expect(portalActions('not_invited')).toEqual(['invite', 'suspend']);
    expect(portalActions('invited')).toEqual(['resend', 'revoke', 'suspend']);
    expect(portalActions('expired')).toEqual(['invite', 'resend', 'suspend']);
    expect(portalActions('enrolled')).toEqual(['suspend']);
    expect(portalActions('suspended')).toEqual(['reinstate']);
  });
});
