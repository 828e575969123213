import type { ContactDetail, ResponseBody } from '@portico/api-client';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../lib/api';
import { contactKeys } from './list-contacts';

export type { ContactDetail };
export type PortalHistoryEntry = ResponseBody<'getPortalHistory'>[number];

export const contactOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/contacts/{id}', { params: { path: { id } } });

export const portalHistoryOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/contacts/{id}/portal-history', { params: { path: { id } } });

/** After any contact write: lists, contact pages and timelines may all show what changed. */
export function invalidateContacts(queryClient: QueryClient): Promise<void> {
  return Promise.all(
    [contactKeys.all, contactKeys.detail, contactKeys.history].map((queryKey) =>
      queryClient.invalidateQueries({ queryKey }),
    ),
  ).then(() => undefined);
}

/**
 * onSuccess for every contact mutation. Returning the promise keeps the mutation pending until
 * the fresh data is in, so a screen never shows the old value after "Saved".
 */
export function useInvalidateContacts(): () => Promise<void> {
  const queryClient = useQueryClient();
  return () => invalidateContacts(queryClient);
}
