import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import { InviteResultSummary } from './invite-result-summary';

const countOf = (label: string) => screen.getByText(label).nextElementSibling?.textContent;

describe('InviteResultSummary', () => {
  it('shows what was sent and why the rest was skipped', () => {
    render(
      <InviteResultSummary
        result={{
          batchId: 'b1',
          invited: 12,
          skipped: { enrolled: 3, noEmail: 2, suspended: 1 },
          replayed: false,
        }}
      />,
    );
    expect(screen.getByText('12 invitations are on the way.')).toBeInTheDocument();
    expect(countOf('Sent')).toBe('12');
    expect(countOf('Skipped, already enrolled')).toBe('3');
    expect(countOf('Skipped, no email')).toBe('2');
    expect(countOf('Skipped, suspended')).toBe('1');
    expect(screen.queryByText(/already been sent/)).not.toBeInTheDocument();
  });

  it('says so when nothing went out, and when the batch was a repeat', () => {
    render(
      <InviteResultSummary
        result={{
          batchId: 'b1',
          invited: 0,
          skipped: { enrolled: 4, noEmail: 0, suspended: 0 },
          replayed: true,
        }}
      />,
    );
    expect(screen.getByText('No invitations were sent.')).toBeInTheDocument();
    expect(screen.getByText(/already been sent/)).toBeInTheDocument();
  });
});
