import { pathKey, type RequestBody, type ResponseBody, unwrap } from '@portico/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';

export type Settings = ResponseBody<'getSettings'>;
export type SettingsChanges = RequestBody<'updateSettings'>;
export type PortalPanels = Settings['portalPanels'];

export const settingsKeys = {
  all: pathKey('get', '/api/v1/settings'),
  // The shell shows the organization's name from /me.
  me: pathKey('get', '/api/v1/me'),
};

export const settingsOptions = () => $api.queryOptions('get', '/api/v1/settings');

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SettingsChanges) => unwrap(await api.PATCH('/api/v1/settings', { body })),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
        queryClient.invalidateQueries({ queryKey: settingsKeys.me }),
      ]);
    },
  });
}
