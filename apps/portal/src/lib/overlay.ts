import { useCallback } from 'react';
import { type Location, useLocation, useNavigate } from 'react-router';

/**
 * An overlay lives in the address: `?overlay=/documents?kind=invoice`. So the browser's Back
 * closes it, a reload keeps it, and a link (from an email, a bookmark) opens it over the page.
 * The value is a small path with its own query, read by the overlay host.
 */
export const OVERLAY_PARAM = 'overlay';

/** Set on the history entry that opened an overlay: closing it is then a step back. */
interface OverlayState {
  overlayPushed: true;
}

export const overlayState: OverlayState = { overlayPushed: true };

function pushedHere(location: Location): boolean {
  const state: unknown = location.state;
  return typeof state === 'object' && state !== null && 'overlayPushed' in state;
}

/** The current page's address with `target` as its overlay (or none). */
export function withOverlay(location: Pick<Location, 'pathname' | 'search'>, target: string | null): string {
  const params = new URLSearchParams(location.search);
  if (target === null) params.delete(OVERLAY_PARAM);
  else params.set(OVERLAY_PARAM, target);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

export interface OverlayTarget {
  /** e.g. `/property/…`, `/documents`. */
  path: string;
  params: URLSearchParams;
}

/** Parses `?overlay=`; anything but an in-app path is ignored. */
export function readOverlay(search: string): OverlayTarget | null {
  const raw = new URLSearchParams(search).get(OVERLAY_PARAM);
  if (!raw?.startsWith('/') || raw.startsWith('//')) return null;
  const url = new URL(raw, 'http://overlay.invalid');
  return { path: url.pathname, params: url.searchParams };
}

/** An overlay target from a path and query values (empty values left out). */
export function overlayTarget(
  path: string,
  query: Record<string, string | number | boolean | null | undefined> = {},
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Opening, linking to and closing the overlay of the current page. */
export function useOverlay() {
  const location = useLocation();
  const navigate = useNavigate();
  const target = readOverlay(location.search);

  const href = useCallback((next: string) => withOverlay(location, next), [location]);
  const open = useCallback(
    (next: string) => navigate(withOverlay(location, next), { state: overlayState }),
    [location, navigate],
  );
  // Opened from this page: step back, so Back and X agree. Arrived by a link: drop it in place.
  const close = useCallback(() => {
    if (pushedHere(location)) navigate(-1);
    else navigate(withOverlay(location, null), { replace: true });
  }, [location, navigate]);

  return { target, href, open, close };
}
