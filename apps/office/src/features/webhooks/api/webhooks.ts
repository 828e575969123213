import { infiniteKey, nextCursor, pathKey, type ResponseBody, unwrap } from '@portico/api-client';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

export type WebhookEndpoint = ResponseBody<'listWebhookEndpoints'>['items'][number];
export type WebhookEventType = WebhookEndpoint['events'][number];
export type WebhookDelivery = ResponseBody<'listWebhookDeliveries'>['items'][number];
export type DeliveryStatus = WebhookDelivery['status'];
export type EndpointWithSecret = ResponseBody<'createWebhookEndpoint'>;

export interface DeliveryFilter {
  status?: DeliveryStatus | undefined;
  event?: string | undefined;
}

const PAGE_SIZE = 25;

/** General to specific: the endpoint list, every delivery log, one endpoint's filtered log. */
export const webhookKeys = {
  list: pathKey('get', '/api/v1/webhooks'),
  allDeliveries: pathKey('get', '/api/v1/webhooks/{id}/deliveries'),
  deliveries: (id: string, filter: DeliveryFilter) =>
    infiniteKey('get', '/api/v1/webhooks/{id}/deliveries', { id, ...filter }),
};

export function webhookEndpointsOptions() {
  return queryOptions({
    queryKey: webhookKeys.list,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/webhooks', { signal })),
  });
}

/** Newest first: the delivery someone is looking for is usually the last one. */
export function webhookDeliveriesOptions(id: string, filter: DeliveryFilter) {
  return infiniteQueryOptions({
    queryKey: webhookKeys.deliveries(id, filter),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/webhooks/{id}/deliveries', {
          params: {
            path: { id },
            query: {
              limit: PAGE_SIZE,
              order: 'desc',
              ...(filter.status && { status: filter.status }),
              ...(filter.event && { event: filter.event }),
              ...(pageParam && { cursor: pageParam }),
            },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    // Pending deliveries change on their own (the worker): look again while the log is open.
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((d) => d.status === 'pending')) ? 5000 : false,
  });
}

/** Endpoints and logs both change with any webhook action (failure counts, new deliveries). */
const invalidate = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: webhookKeys.list }),
    queryClient.invalidateQueries({ queryKey: webhookKeys.allDeliveries }),
  ]);

export const useCreateWebhookEndpoint = () =>
  $api.useMutation('post', '/api/v1/webhooks', { onSuccess: invalidate });
export const useUpdateWebhookEndpoint = () =>
  $api.useMutation('patch', '/api/v1/webhooks/{id}', { onSuccess: invalidate });
export const useDeleteWebhookEndpoint = () =>
  $api.useMutation('delete', '/api/v1/webhooks/{id}', { onSuccess: invalidate });
export const useEnableWebhookEndpoint = () =>
  $api.useMutation('post', '/api/v1/webhooks/{id}/enable', { onSuccess: invalidate });
export const useRotateWebhookSecret = () =>
  $api.useMutation('post', '/api/v1/webhooks/{id}/rotate-secret', { onSuccess: invalidate });
export const useSendWebhookTest = () =>
  $api.useMutation('post', '/api/v1/webhooks/{id}/test', { onSuccess: invalidate });
export const useReplayWebhookDelivery = () =>
  $api.useMutation('post', '/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay', { onSuccess: invalidate });
