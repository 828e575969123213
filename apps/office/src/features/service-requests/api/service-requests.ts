import {
  infiniteKey,
  nextCursor,
  pathKey,
  type QueryParams,
  type RequestBody,
  type ResponseBody,
  unwrap,
} from '@portico/api-client';
import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';

export type ServiceRequest = ResponseBody<'getServiceRequest'>;
export type ServiceRequestStatus = ServiceRequest['status'];
export type ServiceRequestUrgency = ServiceRequest['urgency'];
export type StatusUpdate = RequestBody<'updateServiceRequest'>;
type ListQuery = QueryParams<'listServiceRequests'>;

/** The list's filters as the URL holds them; '' means "any". */
export interface ServiceRequestFilters {
  status: '' | ServiceRequestStatus;
  urgency: '' | ServiceRequestUrgency;
  accountId: string;
  buildingId: string;
}

export const noFilters: ServiceRequestFilters = { status: '', urgency: '', accountId: '', buildingId: '' };

const PAGE_SIZE = 25;

/** General to specific: every list, one filtered list; one request by id. */
export const serviceRequestKeys = {
  all: pathKey('get', '/api/v1/service-requests'),
  list: (query: ListQuery) => infiniteKey('get', '/api/v1/service-requests', query),
  details: pathKey('get', '/api/v1/service-requests/{id}'),
};

function toQuery(filters: ServiceRequestFilters): ListQuery {
  const { status, urgency, accountId, buildingId } = filters;
  return {
    limit: PAGE_SIZE,
    ...(status && { status }),
    ...(urgency && { urgency }),
    ...(accountId && { accountId }),
    ...(buildingId && { buildingId }),
  };
}

export function serviceRequestsListOptions(filters: ServiceRequestFilters) {
  const query = toQuery(filters);
  return infiniteQueryOptions({
    queryKey: serviceRequestKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/api/v1/service-requests', {
          params: { query: { ...query, ...(pageParam && { cursor: pageParam }) } },
          signal,
        }),
      ),
    initialPageParam: '',
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
  });
}

export const serviceRequestOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/service-requests/{id}', { params: { path: { id } } });

/** A photo as an object URL: fetched with the session's token, so never a plain <img src> to the API. */
export const photoOptions = (requestId: string, photoId: string) =>
  queryOptions({
    queryKey: ['service-request-photo', requestId, photoId],
    queryFn: async ({ signal }) => {
      const { data, error } = await api.GET('/api/v1/service-requests/{id}/photos/{photoId}', {
        params: { path: { id: requestId, photoId } },
        parseAs: 'blob',
        signal,
      });
      if (error || !(data instanceof Blob)) throw error ?? new Error('no photo');
      return URL.createObjectURL(data);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useUpdateServiceRequest(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: StatusUpdate) =>
      unwrap(await api.PATCH('/api/v1/service-requests/{id}', { params: { path: { id } }, body })),
    onSuccess: (updated) => {
      client.setQueryData(serviceRequestOptions(id).queryKey, updated);
      void client.invalidateQueries({ queryKey: serviceRequestKeys.all });
    },
  });
}
