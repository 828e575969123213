import type { ResponseBody } from '@portico/api-client';
import { createStore, useStore } from './external-store';

export type PreviewSession = ResponseBody<'openPortalPreview'>;
export type PreviewInfo = PreviewSession['preview'] & { contactName: string };

/**
 * "View as customer": office staff looking at the portal as a contact sees it, read-only. Active
 * while the preview token is in memory; ended once it stops (expired, ended, reloaded), so the tab
 * says so rather than falling back to whatever portal session the browser may hold.
 */
export type PreviewState = { kind: 'active'; info: PreviewInfo } | { kind: 'ended'; reason: string };

// Only a marker, never the token: it tells a reload of this tab that it was a preview.
const TAB_MARKER = 'portico:preview-tab';

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

const RELOADED =
  'The preview ended when this page was reloaded: it is kept in memory only. Open a new one from the office console.';

export const previewStore = createStore<PreviewState | null>(
  storage()?.getItem(TAB_MARKER) ? { kind: 'ended', reason: RELOADED } : null,
);

export function beginPreview(session: PreviewSession): void {
  storage()?.setItem(TAB_MARKER, '1');
  const contactName = `${session.me.firstName} ${session.me.lastName}`.trim();
  previewStore.set({ kind: 'active', info: { ...session.preview, contactName } });
}

/** The preview's token is gone: the tab shows why, and never restores another session by itself. */
export function endPreview(reason: string): void {
  if (previewStore.get()?.kind === 'active') previewStore.set({ kind: 'ended', reason });
}

/** A real sign-in in this tab leaves preview mode for good. */
export function leavePreviewMode(): void {
  storage()?.removeItem(TAB_MARKER);
  previewStore.set(null);
}

/** True while viewing as a customer: screens hide or disable what would change anything. */
export function usePreviewing(): boolean {
  return useStore(previewStore)?.kind === 'active';
}

export function usePreviewState(): PreviewState | null {
  return useStore(previewStore);
}
