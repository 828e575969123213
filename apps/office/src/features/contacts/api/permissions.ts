import type { Permission } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

// The same query (and cache entry) as the app shell's `GET /api/v1/me`.
const meOptions = () => $api.queryOptions('get', '/api/v1/me', undefined, { staleTime: 5 * 60_000 });

/**
 * What the signed-in user may do, for hiding or explaining actions. The API still checks every
 * call; this only spares people buttons that would answer 403. Unknown (loading) means "no".
 */
export function usePermissions(): { can: (permission: Permission) => boolean; known: boolean } {
  const me = useQuery(meOptions());
  const permissions = me.data?.permissions ?? [];
  return { can: (permission) => permissions.includes(permission), known: me.isSuccess };
}
