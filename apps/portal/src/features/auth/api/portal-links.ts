import { $api } from '../../../lib/api';
import { startSession } from '../../../lib/session';

/**
 * What a sign-in or reset link's page shows. A GET that consumes nothing, asked once: mail
 * scanners open these links before people do, and only the page's button may use one up.
 */
export const portalLinkQueryOptions = (token: string) =>
  $api.queryOptions(
    'get',
    '/portal/v1/auth/links/{token}',
    { params: { path: { token } } },
    { staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false },
  );

/** The "Sign in" button of a magic link: the only request that consumes it. */
export function useSignInWithLink() {
  return $api.useMutation('post', '/portal/v1/auth/magic-link/sign-in', { onSuccess: startSession });
}

/** Sets the new password (ending other sessions) and signs in. */
export function useCompletePasswordReset() {
  return $api.useMutation('post', '/portal/v1/auth/password-reset/complete', { onSuccess: startSession });
}
