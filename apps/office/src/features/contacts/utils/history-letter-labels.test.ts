import { describe, expect, it } from '@jest/globals';
import type { PortalHistoryEntry } from '../api/contact';
import { historyDetail, historyLabel } from './history-labels';

describe('letter events in the status history', () => {
  it('are named, with the letter and its expiry as detail', () => {
    expect(historyLabel({ type: 'letter_printed' })).toBe('Invitation letter printed');
    expect(historyLabel({ type: 'code_redeemed' })).toBe('Letter code entered');
    expect(historyDetail({ type: 'invited', detail: { channel: 'letter' } })).toBe('By printed letter');
    expect(historyDetail({ type: 'invited', detail: {} })).toBeNull();
    expect(historyDetail({ type: 'letter_printed', detail: { expiresAt: '2026-02-04T10:00:00.000Z' } })).toBe(
      'Code works once, until Feb 4, 2026',
    );
  });

  it('reads a type newer than this build as words rather than a blank', () => {
    const future = { type: 'sent_by_carrier_pigeon' } as unknown as Pick<PortalHistoryEntry, 'type'>;
    expect(historyLabel(future)).toBe('Sent by carrier pigeon');
  });
});
