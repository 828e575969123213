import { pathKey, unwrap } from '@portico/api-client';
import { useMutation } from '@tanstack/react-query';
import { $api, api, queryClient } from '../../../lib/api';

/** The organization setting that lets endpoints reach private addresses (read from the settings). */
export const settingsOptions = () => $api.queryOptions('get', '/api/v1/settings');

export function useSetPrivateTargets() {
  return useMutation({
    mutationFn: async (allow: boolean) =>
      unwrap(await api.PATCH('/api/v1/settings', { body: { webhooksAllowPrivateTargets: allow } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pathKey('get', '/api/v1/settings') }),
  });
}
