import type { ResponseBody } from '@portico/api-client';
import { $api } from '../../../lib/api';

export type ContactNotificationPreferences = ResponseBody<'getContactNotificationPreferences'>;

/** Read-only here: only the contact (in the portal, or through an email's unsubscribe link) sets them. */
export const notificationPreferencesOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/contacts/{id}/notification-preferences', { params: { path: { id } } });
