import type { Permission } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

/**
 * Whether the signed-in user's role has a permission; undefined while /me loads, so a screen
 * can keep its action disabled instead of flashing an explanation. Same key as the session's
 * /me query, so this reads the cache the shell already filled.
 */
export function useHasPermission(permission: Permission): boolean | undefined {
  const me = useQuery($api.queryOptions('get', '/api/v1/me', undefined, { staleTime: 5 * 60_000 }));
  return me.data ? me.data.permissions.includes(permission) : undefined;
}
