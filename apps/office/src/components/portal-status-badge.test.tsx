import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import {
  type PortalStatus,
  PortalStatusBadge,
  portalStatusLabel,
  portalStatusLooks,
} from './portal-status-badge';

const statuses: PortalStatus[] = ['not_invited', 'invited', 'expired', 'enrolled', 'suspended'];

describe('PortalStatusBadge', () => {
  it('names every status in the words office staff use', () => {
    expect(statuses.map(portalStatusLabel)).toEqual([
      'Not invited',
      'Invited',
      'Expired',
      'Enrolled',
      'Suspended',
    ]);
  });

  it('gives each status its own tone', () => {
    const tones = statuses.map((status) => portalStatusLooks[status].tone);
    expect(new Set(tones).size).toBe(statuses.length);
  });

  it('draws the badge with the word, the tone and an explanation', () => {
    render(<PortalStatusBadge status="expired" />);
    const badge = screen.getByText('Expired');
    expect(badge).toHaveClass('portal-badge', 'portal-badge--warning');
    expect(badge).toHaveAttribute('title', expect.stringContaining('expired before they registered'));
  });
});
