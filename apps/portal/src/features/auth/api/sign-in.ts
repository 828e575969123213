import { $api } from '../../../lib/api';
import { startSession } from '../../../lib/session';

export function usePortalSignIn() {
  return $api.useMutation('post', '/portal/v1/auth/sign-in', { onSuccess: startSession });
}
