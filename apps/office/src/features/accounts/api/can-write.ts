import { useQuery } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

/**
 * Whether the signed-in user may change accounts. Reads the cached `/me` (the shell loaded it),
 * so write controls are hidden from roles that would only get a 403.
 */
export function useCanWrite(): boolean {
  const me = useQuery($api.queryOptions('get', '/api/v1/me', undefined, { staleTime: 5 * 60_000 }));
  return me.data?.permissions.includes('contacts.write') ?? false;
}
