import { isProblem, type Problem } from '@portico/api-client';
import { useMutation } from '@tanstack/react-query';

/**
 * The portal's sign-in routes are not in the API (nor its OpenAPI document) yet; they arrive with
 * the portal-auth issue. Until then the form posts by hand and shows whatever the API answers
 * (today a 404 problem). When the routes exist, replace this file with `$api.useMutation(...)`
 * calls on the generated client so the contract types these requests.
 */
const SIGN_IN_PATH = '/portal/v1/auth/sign-in';
const SIGN_IN_LINK_PATH = '/portal/v1/auth/sign-in-link';

const baseUrl = import.meta.env.VITE_API_URL ?? '';

async function postJson(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, application/problem+json' },
    body: JSON.stringify(body),
    credentials: 'include',
  });
  if (response.ok) return;
  const payload: unknown = await response.json().catch(() => undefined);
  if (isProblem(payload)) throw payload;
  // A proxy's error page rather than the API: still reject with a Problem, as the API would.
  const problem: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: `The server answered ${response.status}. Try again in a moment.`,
  };
  throw problem;
}

export interface PortalSignInInput {
  email: string;
  password: string;
  staySignedIn: boolean;
}

export function usePortalSignIn() {
  return useMutation({ mutationFn: (input: PortalSignInInput) => postJson(SIGN_IN_PATH, input) });
}

export function useRequestSignInLink() {
  return useMutation({ mutationFn: (input: { email: string }) => postJson(SIGN_IN_LINK_PATH, input) });
}
