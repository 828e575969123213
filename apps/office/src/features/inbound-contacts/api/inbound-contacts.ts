import {
  infiniteKey,
  nextCursor,
  pathKey,
  type RequestBody,
  type ResponseBody,
  unwrap,
} from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

export type InboundContact = ResponseBody<'listInboundContacts'>['items'][number];
export type InboundChannel = InboundContact['channel'];
export type NewInboundContact = RequestBody<'createInboundContact'>;

export interface InboundFilter {
  channel?: InboundChannel | undefined;
}

const PAGE_SIZE = 25;

/**
 * General to specific: every log page, one filtered log. The channel-shift report (another
 * feature) counts these too, so a change also invalidates it by its path.
 */
export const inboundKeys = {
  all: pathKey('get', '/api/v1/inbound-contacts'),
  list: (filter: InboundFilter) => infiniteKey('get', '/api/v1/inbound-contacts', { ...filter }),
  channelShift: pathKey('get', '/api/v1/reports/channel-shift'),
};

/** Newest first: the entry someone wants to check or undo is usually the last one logged. */
export function inboundContactsOptions(filter: InboundFilter) {
  return infiniteQueryOptions({
    queryKey: inboundKeys.list(filter),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/inbound-contacts', {
          params: {
            query: {
              limit: PAGE_SIZE,
              order: 'desc',
              ...(filter.channel && { channel: filter.channel }),
              ...(pageParam && { cursor: pageParam }),
            },
          },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

const invalidate = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: inboundKeys.all }),
    queryClient.invalidateQueries({ queryKey: inboundKeys.channelShift }),
  ]);

export const useCreateInboundContact = () =>
  $api.useMutation('post', '/api/v1/inbound-contacts', { onSuccess: invalidate });
export const useDeleteInboundContact = () =>
  $api.useMutation('delete', '/api/v1/inbound-contacts/{id}', { onSuccess: invalidate });

// The customer field shows a handful of matches; typing more narrows them.
const LOOKUP_SIZE = 8;
export const accountSearchOptions = (search: string) =>
  $api.queryOptions(
    'get',
    '/api/v1/accounts',
    { params: { query: { limit: LOOKUP_SIZE, ...(search && { q: search }) } } },
    { placeholderData: keepPreviousData },
  );
