import { infiniteKey, nextCursor, pathKey, type ResponseBody, unwrap } from '@portico/api-client';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';
import type { BatchCategory, BatchFilter } from './batch-filter';

export type BatchCounts = ResponseBody<'previewInvitationBatch'>;
export type Recipient = ResponseBody<'listInvitationBatchRecipients'>['items'][number];

const RECIPIENTS_PAGE = 25;

/** General to specific; a sent batch changes every count, so it invalidates both paths. */
export const previewKeys = {
  counts: pathKey('post', '/api/v1/invitation-batches/preview'),
  recipients: pathKey('post', '/api/v1/invitation-batches/preview/recipients'),
};

/** A POST, but a read: the filters travel in the body. Keyed by them, so Load again re-asks. */
export const batchCountsOptions = (filter: BatchFilter) =>
  $api.queryOptions('post', '/api/v1/invitation-batches/preview', { body: { filter } }, { staleTime: 0 });

export function recipientsOptions(filter: BatchFilter, category: BatchCategory) {
  return infiniteQueryOptions({
    queryKey: infiniteKey('post', '/api/v1/invitation-batches/preview/recipients', { filter, category }),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.POST('/api/v1/invitation-batches/preview/recipients', {
          body: { filter, category, limit: RECIPIENTS_PAGE, ...(pageParam && { cursor: pageParam }) },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
  });
}
