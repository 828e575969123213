import { $api } from '../../../lib/api';

/** The organization's portal panel defaults, which an account's overrides start from. */
export const settingsOptions = () => $api.queryOptions('get', '/api/v1/settings');
