import {
  infiniteKey,
  nextCursor,
  pathKey,
  type RequestBody,
  type ResponseBody,
  rawFileBody,
  unwrap,
} from '@portico/api-client';
import { infiniteQueryOptions, keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

export type PortalServiceRequest = ResponseBody<'getPortalServiceRequest'>;
export type ServiceRequestStatus = PortalServiceRequest['status'];
export type ServiceRequestUrgency = PortalServiceRequest['urgency'];
export type NewServiceRequest = RequestBody<'createPortalServiceRequest'>;

const PAGE_SIZE = 25;

/** The limits the API enforces (core's photo-types), checked here first so nobody waits for a refusal. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTOS_PER_REQUEST = 6;
export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/heic'];

export const serviceRequestKeys = {
  lists: pathKey('get', '/portal/v1/service-requests'),
  list: (query: { limit: number }) => infiniteKey('get', '/portal/v1/service-requests', query),
  details: pathKey('get', '/portal/v1/service-requests/{id}'),
};

/** Requests on the customer's properties (colleagues' too), newest first. */
export function serviceRequestListOptions() {
  const query = { limit: PAGE_SIZE };
  return infiniteQueryOptions({
    queryKey: serviceRequestKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/portal/v1/service-requests', {
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
  $api.queryOptions('get', '/portal/v1/service-requests/{id}', { params: { path: { id } } });

/** The properties a request can be for: the ones the customer sees (the API checks it again). */
export const buildingChoicesOptions = () =>
  $api.queryOptions('get', '/portal/v1/buildings', { params: { query: { limit: 200 } } });

/** A photo as an object URL, fetched with the session's token. */
export const photoOptions = (requestId: string, photoId: string) =>
  queryOptions({
    queryKey: ['portal-service-request-photo', requestId, photoId],
    queryFn: async ({ signal }) => {
      const { data, error } = await api.GET('/portal/v1/service-requests/{id}/photos/{photoId}', {
        params: { path: { id: requestId, photoId } },
        parseAs: 'blob',
        signal,
      });
      if (error || !(data instanceof Blob)) throw error ?? new Error('no photo');
      return URL.createObjectURL(data);
    },
    staleTime: Number.POSITIVE_INFINITY,
  });

/** Why a chosen file cannot go, or null. */
export function photoProblem(file: File): string | null {
  if (file.type && !PHOTO_TYPES.includes(file.type) && file.type !== 'image/heif') {
    return `${file.name} is not a PNG, JPEG, WebP or HEIC photo.`;
  }
  if (file.size > PHOTO_MAX_BYTES) return `${file.name} is larger than 10 MB.`;
  return null;
}

/** A file's bytes through FileReader, which every browser (and jsdom, unlike Blob.arrayBuffer) has. */
function bytesOf(file: File): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

export interface RaiseResult {
  request: PortalServiceRequest;
  /** Photos the API refused (the request itself was raised), with why. */
  failedPhotos: { name: string; error: unknown }[];
}

/**
 * Raises the request, then uploads its photos one by one (the API takes each as raw bytes). A
 * refused photo does not undo the request: the customer is told which one, on the request's page.
 */
export function useRaiseServiceRequest() {
  return useMutation({
    mutationFn: async ({
      body,
      photos,
    }: {
      body: NewServiceRequest;
      photos: File[];
    }): Promise<RaiseResult> => {
      const request = unwrap(await api.POST('/portal/v1/service-requests', { body }));
      const failedPhotos: RaiseResult['failedPhotos'] = [];
      for (const photo of photos) {
        const { error } = await api.POST('/portal/v1/service-requests/{id}/photos', {
          params: { path: { id: request.id }, query: { filename: photo.name } },
          // The bytes themselves: an ArrayBuffer is sent as is by every fetch.
          ...rawFileBody(await bytesOf(photo), photo.type),
        });
        if (error) failedPhotos.push({ name: photo.name, error });
      }
      return { request, failedPhotos };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: serviceRequestKeys.lists }),
  });
}
