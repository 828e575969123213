import type { Permission } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
// Through lib/ on purpose: jest swaps `…/lib/api` for the test client (jest.config.js).
import { $api } from '../lib/api';

/** The signed-in office user: the shell loads it, sign-in and refresh seed it, screens read it. */
export const meQueryOptions = () =>
  $api.queryOptions('get', '/api/v1/me', undefined, { staleTime: 5 * 60_000 });

/**
 * What the signed-in user may do, for hiding or explaining actions. The API still checks every
 * call; this only spares people buttons that would answer 403. Until /me is in, `can` says no
 * and `known` is false.
 */
export function usePermissions(): { can: (permission: Permission) => boolean; known: boolean } {
  const me = useQuery(meQueryOptions());
  const permissions = me.data?.permissions ?? [];
  return { can: (permission) => permissions.includes(permission), known: me.isSuccess };
}

/**
 * Whether the role has one permission; undefined while /me loads, so a screen can keep its
 * action disabled instead of flashing an explanation it may not need.
 */
export function useCan(permission: Permission): boolean | undefined {
  const { can, known } = usePermissions();
  return known ? can(permission) : undefined;
}
