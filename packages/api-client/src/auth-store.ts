/**
 * Where the access token lives: in memory only. A script injected into the page could read
 * localStorage; it cannot read a closure that dies with the tab. The refresh token never reaches
 * JavaScript at all (httpOnly cookie), so a reload starts by swapping it for a new access token.
 */
export interface AuthSnapshot {
  accessToken: string | null;
  /** Why the last session ended without the user signing out (shown on the sign-in page). */
  endedReason: string | null;
}

export interface AuthStore {
  getSnapshot(): AuthSnapshot;
  getToken(): string | null;
  /** A fresh token from sign-in or refresh; clears any earlier "session ended" reason. */
  setToken(token: string): void;
  /** Forgets the token: a sign-out (no reason) or a session that could not be renewed. */
  clear(reason?: string): void;
  /** Shaped for React's useSyncExternalStore. */
  subscribe(listener: () => void): () => void;
}

export function createAuthStore(): AuthStore {
  let snapshot: AuthSnapshot = { accessToken: null, endedReason: null };
  const listeners = new Set<() => void>();
  const set = (next: AuthSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  return {
    getSnapshot: () => snapshot,
    getToken: () => snapshot.accessToken,
    setToken: (token) => set({ accessToken: token, endedReason: null }),
    clear: (reason) => set({ accessToken: null, endedReason: reason ?? null }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
