import type { ResponseBody } from '@portico/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

export type NotificationPreferences = ResponseBody<'getMyNotificationPreferences'>;
export type NotificationPreference = NotificationPreferences['preferences'][number];
export type NotificationCategory = NotificationPreference['category'];
export type NotificationChoice = NotificationPreference['choice'];
export type UnsubscribeView = ResponseBody<'previewUnsubscribe'>;

export const preferencesQueryOptions = () =>
  $api.queryOptions('get', '/portal/v1/me/notification-preferences');

/** Saves the choices; the answer is the whole new state, so the cache takes it as is. */
export function useSavePreferences() {
  const queryClient = useQueryClient();
  return $api.useMutation('put', '/portal/v1/me/notification-preferences', {
    onSuccess: (data) => queryClient.setQueryData(preferencesQueryOptions().queryKey, data),
  });
}

/** What a link would turn off. Looking changes nothing: only the button's POST does. */
export const unsubscribePreviewOptions = (token: string) =>
  $api.queryOptions(
    'get',
    '/portal/v1/unsubscribe',
    { params: { query: { token } } },
    { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false, retry: false },
  );

export function useUnsubscribe() {
  return $api.useMutation('post', '/portal/v1/unsubscribe');
}

export const categoryText: Record<NotificationCategory, { title: string; hint: string }> = {
  new_documents: { title: 'New documents', hint: 'Inspection and service reports shared with you.' },
  invoices_due: { title: 'Invoices due', hint: 'New invoices to pay.' },
  proposals: { title: 'Proposals awaiting your decision', hint: 'New proposals to accept or decline.' },
  service_requests: { title: 'Service requests', hint: 'Changes to the requests you raised.' },
  messages: { title: 'Messages', hint: 'Replies from the office to your messages.' },
};

export const choiceText: Record<NotificationChoice, string> = {
  immediately: 'Immediately',
  daily: 'Daily digest',
  off: 'Off',
};

export const choiceOrder: NotificationChoice[] = ['immediately', 'daily', 'off'];
