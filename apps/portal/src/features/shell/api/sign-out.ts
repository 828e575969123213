import { $api, forgetSession } from '../../../lib/api';

export function useSignOut() {
  return $api.useMutation('post', '/portal/v1/auth/sign-out', {
    // Even if the server could not be told, this device forgets the session and its data.
    onSettled: () => forgetSession('You signed out.'),
  });
}

export function useSignOutEverywhere() {
  return $api.useMutation('post', '/portal/v1/auth/sign-out-everywhere', {
    // Only once the server confirms: a failure must not look as if the other devices were signed out.
    onSuccess: () => forgetSession('You signed out on every device.'),
  });
}
