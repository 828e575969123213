import type { AuthSnapshot, Me, OfficeSession } from '@portico/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, authStore, queryClient } from '../../../lib/api';
import { meQueryOptions } from '../../../lib/permissions';

/** Sign-in and refresh both answer the user: seed the cache so the shell renders at once. */
export function startSession(session: OfficeSession): void {
  queryClient.setQueryData<Me>(meQueryOptions().queryKey, session.user);
  authStore.setToken(session.accessToken);
}

export function useAuthSnapshot(): AuthSnapshot {
  return useSyncExternalStore(authStore.subscribe, authStore.getSnapshot);
}

/**
 * A reload keeps no token (it lives in memory), so the first thing the console does is trade
 * the httpOnly refresh cookie for one. Once per page load: afterwards the token is in the store.
 */
const restoreSessionOptions = queryOptions({
  queryKey: ['session', 'restore'],
  queryFn: async () => {
    const session = await api.refreshSession();
    if (session) startSession(session);
    return session !== null;
  },
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
