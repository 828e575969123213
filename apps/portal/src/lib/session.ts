import type { AuthSnapshot } from '@portico/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, authStore, meQueryOptions as meQueryOptionsForScreens } from './api';
import type { PortalMe } from './portal-api';

export { meQueryOptions, startSession } from './api';
export type { PortalMe, PortalSession } from './portal-api';
export type PortalView = PortalMe['views'][number];
export type AccessAreas = PortalMe['access'];

export function useAuthSnapshot(): AuthSnapshot {
  return useSyncExternalStore(authStore.subscribe, authStore.getSnapshot);
}

/**
 * A reload keeps no token (it lives in memory), so the portal first trades the httpOnly refresh
 * cookie for one (the client keeps the session it answers). Once per page load: afterwards the
 * token is in the store.
 */
const restoreSessionOptions = queryOptions({
  queryKey: ['session', 'restore'],
  queryFn: async () => (await api.refreshSession()) !== null,
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: Number.POSITIVE_INFINITY,
});

export type SessionStatus =
  | { state: 'signed-in' }
  | { state: 'signed-out'; reason: string | null }
  | { state: 'checking' }
  | { state: 'unknown'; error: unknown; retry: () => void };

export function useSessionStatus(): SessionStatus {
  const { accessToken, endedReason } = useAuthSnapshot();
  // After a sign-out or an ended session there is nothing to restore: do not ask again.
  const restore = useQuery({
    ...restoreSessionOptions,
    enabled: accessToken === null && endedReason === null,
  });
  if (accessToken !== null) return { state: 'signed-in' };
  if (endedReason !== null) return { state: 'signed-out', reason: endedReason };
  if (restore.isError) return { state: 'unknown', error: restore.error, retry: () => void restore.refetch() };
  if (restore.isPending) return { state: 'checking' };
  return { state: 'signed-out', reason: null };
}

/**
 * The signed-in customer, for screens inside the portal layout (which renders them only once
 * `me` has loaded, and keeps it cached).
 */
export function usePortalMe(): PortalMe {
  const { data } = useQuery(meQueryOptionsForScreens());
  if (!data) throw new Error('usePortalMe is for screens inside the portal layout, which loads `me` first.');
  return data;
}
