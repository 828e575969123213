import { createStore } from './external-store';
import type { Suspension } from './problems';

/**
 * Set when the API says the signed-in customer was suspended (at sign-in or mid-session), so the
 * sign-in page can show the organization's note after the session is gone.
 */
export const suspensionStore = createStore<Suspension | null>(null);
