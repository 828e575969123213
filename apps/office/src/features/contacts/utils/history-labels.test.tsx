import { describe, expect, it } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import type { PortalHistoryEntry } from '../api/contact';
import { HistoryList } from '../components/portal-history';
import { historyActor, historyDetail, historyLabel } from './history-labels';

const entry = (overrides: Partial<PortalHistoryEntry>): PortalHistoryEntry => ({
  id: overrides.id ?? `e-${Math.random()}`,
  type: 'invited',
  at: '2026-03-02T09:00:00.000Z',
  invitationId: null,
  actor: { type: 'system', id: null, name: null },
  detail: {},
  ...overrides,
});

describe('historyLabel', () => {
  it.each([
    ['invited', 'Invited'],
    ['resent', 'Invitation resent'],
    ['reminded', 'Reminder sent'],
    ['email_sent', 'Email sent'],
    ['email_failed', 'Email failed'],
    ['link_opened', 'Link opened'],
    ['registered', 'Registered'],
    ['expired', 'Invitation expired'],
    ['revoked', 'Invitation revoked'],
    ['suspended', 'Suspended'],
    ['reinstated', 'Reinstated'],
    ['password_reset_requested', 'Password reset requested'],
    ['previewed_by_office', 'Viewed the portal as this contact (read-only)'],
  ] as const)('%s reads "%s"', (type, label) => {
    expect(historyLabel({ type })).toBe(label);
  });
});

describe('historyDetail', () => {
  it('shows the message id of a sent email', () => {
    expect(historyDetail(entry({ type: 'email_sent', detail: { messageId: '<abc@mail>' } }))).toBe(
      'Message id <abc@mail>',
    );
  });

  it('shows why an email failed, and whether it was a reminder', () => {
    expect(
      historyDetail(entry({ type: 'email_failed', detail: { reason: '550 mailbox unavailable' } })),
    ).toBe('550 mailbox unavailable');
    expect(
      historyDetail(entry({ type: 'email_failed', detail: { reason: 'timeout', email: 'reminder' } })),
    ).toBe('Reminder email: timeout');
    expect(historyDetail(entry({ type: 'email_failed', detail: {} }))).toBe('No reason given');
  });

  it('has nothing to add for plain steps', () => {
    expect(historyDetail(entry({ type: 'link_opened', detail: { batchId: 'b1' } }))).toBeNull();
    expect(historyDetail(entry({ type: 'registered', detail: { emailProvidedAtSignUp: true } }))).toBe(
      'Gave their email address at sign-up (not verified)',
    );
    expect(historyDetail(entry({ type: 'registered', detail: {} }))).toBeNull();
  });
});

describe('historyActor', () => {
  it('names the office user, or says who else it was', () => {
    expect(historyActor(entry({ actor: { type: 'office_user', id: 'u1', name: 'Olive Office' } }))).toBe(
      'Olive Office',
    );
    expect(historyActor(entry({ actor: { type: 'office_user', id: null, name: null } }))).toBe(
      'A former office user',
    );
    expect(historyActor(entry({ actor: { type: 'contact', id: 'c1', name: 'Dana Rivera' } }))).toBe(
      'The contact',
    );
    expect(historyActor(entry({ actor: { type: 'system', id: null, name: null } }))).toBe('System');
  });
});

describe('HistoryList', () => {
  it('shows what, who and when, with the exact time on hover', () => {
    render(
      <HistoryList
        now={new Date('2026-03-02T12:00:00.000Z')}
        entries={[
          entry({
            type: 'email_sent',
            at: '2026-03-02T09:00:00.000Z',
            detail: { messageId: 'm-42' },
          }),
        ]}
      />,
    );
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Email sent');
    expect(item).toHaveTextContent('Message id m-42');
    expect(item).toHaveTextContent('System');
    const time = item.querySelector('time');
    expect(time).toHaveTextContent('3 hours ago');
    expect(time).toHaveAttribute('dateTime', '2026-03-02T09:00:00.000Z');
    expect(time?.getAttribute('title')).toMatch(/2026/);
  });
});
