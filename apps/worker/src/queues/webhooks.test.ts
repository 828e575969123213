import { describe, expect, it } from '@jest/globals';
import { webhookBackoffMs } from './webhooks';

describe('webhookBackoffMs', () => {
  it('grows fourfold from the base up to the ceiling, so ten attempts span about a day', () => {
    const config = { webhookBackoffMs: 30_000, webhookMaxBackoffMs: 6 * 3_600_000 };
    const delays = Array.from({ length: 9 }, (_, i) => webhookBackoffMs(i + 1, config));
    expect(delays.slice(0, 5)).toEqual([30_000, 120_000, 480_000, 1_920_000, 7_680_000]);
    expect(delays.slice(5)).toEqual(Array(4).fill(6 * 3_600_000));
    const hours = delays.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(24);
    expect(hours).toBeLessThan(30);
  });
});
