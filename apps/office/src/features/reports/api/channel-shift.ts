import type { ResponseBody } from '@portico/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

export type ChannelShift = ResponseBody<'getChannelShiftReport'>;
export type ChannelShiftMonth = ChannelShift['months'][number];

/** How many months back the section looks, ending with the current one. */
export type ChannelShiftSpan = 6 | 12 | 24;
export const channelShiftSpans: readonly ChannelShiftSpan[] = [6, 12, 24];

/** `YYYY-MM` of the month `span - 1` months before `today`'s (UTC, as the API counts months). */
export function spanStart(span: ChannelShiftSpan, today = new Date()): string {
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (span - 1), 1));
  return start.toISOString().slice(0, 7);
}

export const channelShiftOptions = (span: ChannelShiftSpan) =>
  $api.queryOptions(
    'get',
    '/api/v1/reports/channel-shift',
    { params: { query: { from: spanStart(span) } } },
    { placeholderData: keepPreviousData },
  );
