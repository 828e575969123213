import { pathKey, problemStatus, type RequestBody, type ResponseBody, unwrap } from '@portico/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';
import { previewKeys } from './batch-preview';

export type NewBatch = RequestBody<'createInvitationBatch'>;
export type BatchResult = ResponseBody<'createInvitationBatch'>;
export type BatchProgress = ResponseBody<'getInvitationBatch'>;

const POLL_MS = 1000;

/** What a batch changes: the counts, the contacts' portal statuses, and maybe the failures. */
export const batchEffectKeys = [
  previewKeys.counts,
  previewKeys.recipients,
  pathKey('get', '/api/v1/contacts'),
  pathKey('get', '/api/v1/contacts/{id}'),
  pathKey('get', '/api/v1/email-failures'),
];

/**
 * `key` is the Idempotency-Key: made once per confirmation, so a retry after a lost answer
 * replays the first batch instead of inviting everyone twice.
 */
export function useCreateBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, key }: { body: NewBatch; key: string }) =>
      unwrap(
        await api.POST('/api/v1/invitation-batches', {
          body,
          params: { header: { 'idempotency-key': key } },
        }),
      ),
    onSuccess: async () => {
      await Promise.all(batchEffectKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
    onError: async (error) => {
      // The role changed since /me was read: refresh it, so the page explains instead of offering Send.
      if (problemStatus(error) === 403)
        await queryClient.invalidateQueries({ queryKey: pathKey('get', '/api/v1/me') });
    },
  });
}

/** Polled every second until nothing is waiting to be sent. */
export const batchProgressOptions = (id: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/invitation-batches/{id}',
    { params: { path: { id } } },
    {
      refetchInterval: (query) => (query.state.data?.done ? false : POLL_MS),
      // Keep polling when the tab is in the background: the person may come back to it.
      refetchIntervalInBackground: true,
    },
  );

/** A v4 UUID; `crypto.randomUUID` needs a secure context, which a LAN http address is not. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
