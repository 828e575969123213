import { $api } from '../../../lib/api';

/** The organization's default "from" address (same key as the settings screen's query). */
export const settingsOptions = () => $api.queryOptions('get', '/api/v1/settings');

/** Invitation templates to choose from; the default comes first. */
export const invitationTemplatesOptions = () =>
  $api.queryOptions('get', '/api/v1/templates', { params: { query: { kind: 'invitation', limit: 200 } } });
