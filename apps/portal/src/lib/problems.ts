import { isProblem, problemMessage, problemStatus } from '@portico/api-client';

/**
 * The portal API's machine-readable reason beside the status (`suspended`, `invitation_used`,
 * `link_expired`…): screens branch on it, never on the wording of `detail`.
 */
export function problemCode(error: unknown): string | undefined {
  return isProblem(error) && typeof error.code === 'string' ? error.code : undefined;
}

export interface Suspension {
  /** What the API says (the organization's note, or a standard sentence when it left none). */
  message: string;
  /** The organization's own note, when it wrote one. */
  note: string | null;
}

/** A suspended customer's 403, from any portal request or sign-in; null for anything else. */
export function suspensionOf(error: unknown): Suspension | null {
  if (!isProblem(error) || error.status !== 403 || problemCode(error) !== 'suspended') return null;
  const note =
    typeof error.suspendedNote === 'string' && error.suspendedNote.trim() ? error.suspendedNote.trim() : null;
  return {
    note,
    message: error.detail ?? 'Your access to the portal has been suspended. Contact your service provider.',
  };
}

/**
 * Whole minutes to wait after a 429, rounded up so "try again in 1 minute" is never too early.
 * The api-client copies the Retry-After header into the problem as `retryAfterSeconds`.
 */
export function waitMinutes(error: unknown): number | null {
  if (!isProblem(error) || error.status !== 429) return null;
  const seconds = error.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return null;
  return Math.max(1, Math.ceil(seconds / 60));
}

export function tooManyAttemptsMessage(minutes: number | null): string {
  if (minutes === null) return 'Too many attempts. Try again in a few minutes.';
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** One sentence for a failed request: a rate limit says how long to wait; the rest as the API words it. */
export function failureMessage(error: unknown): string {
  if (problemStatus(error) === 429) return tooManyAttemptsMessage(waitMinutes(error));
  return problemMessage(error);
}
