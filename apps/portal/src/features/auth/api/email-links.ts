import { $api } from '../../../lib/api';

/** "Email me a sign-in link": 202 with the same answer whether or not the email has an account. */
export function useRequestMagicLink() {
  return $api.useMutation('post', '/portal/v1/auth/magic-link');
}

/** "Forgot password": answers like the magic link, so neither reveals who has an account. */
export function useRequestPasswordReset() {
  return $api.useMutation('post', '/portal/v1/auth/password-reset');
}
