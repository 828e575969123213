/**
 * The page a signed-out customer was headed for (a document from an email), kept on this device
 * while they sign in. Sign-in by password gets it from router state; a sign-in link or a password
 * reset opens in a new tab from the mailbox, so it is also kept in localStorage, for an hour.
 */
const KEY = 'portico.portal.returnTo';
const TTL_MS = 60 * 60_000;

/** Only a path inside the portal, never another site. */
export function safePath(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : null;
}

export function rememberReturnTo(path: string): void {
  if (!safePath(path) || path === '/') return;
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify({ path, at: Date.now() }));
  } catch {
    // Not kept: the customer lands on the dashboard instead.
  }
}

/**
 * The kept path, or '/'. Reading leaves it in place (a render may read twice); the signed-in
 * layout forgets it once the customer has arrived.
 */
export function takeReturnTo(now = Date.now()): string {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    if (!raw) return '/';
    const kept: unknown = JSON.parse(raw);
    if (typeof kept !== 'object' || kept === null || !('path' in kept) || !('at' in kept)) return '/';
    const path = safePath(kept.path);
    return path && typeof kept.at === 'number' && now - kept.at < TTL_MS ? path : '/';
  } catch {
    return '/';
  }
}

export function forgetReturnTo(): void {
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
