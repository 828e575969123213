import { createStore } from './external-store';

export interface ViewChoice {
  key: string;
}

/** What the API says a customer may switch between (the `views` and `defaultView` of `me`). */
export interface ViewOptions {
  id: string;
  views: readonly ViewChoice[];
  defaultView: string;
}

/**
 * The view key sent as X-Portal-View with every portal request; null while signed out (the API
 * then uses the default view, and the auth routes never get one).
 */
export const viewStore = createStore<string | null>(null);

const storageKey = (contactId: string) => `portico.portal.view.${contactId}`;

// localStorage throws in some private modes and when storage is full: a view is a convenience,
// never a reason for the portal to fail.
function readStored(contactId: string): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey(contactId)) ?? null;
  } catch {
    return null;
  }
}

/** Keeps a customer's choice on this device, per contact, so a shared computer does not mix them up. */
export function rememberView(contactId: string, key: string): void {
  try {
    globalThis.localStorage?.setItem(storageKey(contactId), key);
  } catch {
    // Not remembered: the choice still holds for this visit.
  }
}

/**
 * The remembered view while the customer may still use it, else the API's default (the office
 * may have moved an account out of the group since it was chosen).
 */
export function pickView(options: ViewOptions, stored: string | null): string {
  return stored !== null && options.views.some((v) => v.key === stored) ? stored : options.defaultView;
}

/** Called when a session starts: restores this customer's last view before any portal request. */
export function restoreView(options: ViewOptions): void {
  viewStore.set(pickView(options, readStored(options.id)));
}
