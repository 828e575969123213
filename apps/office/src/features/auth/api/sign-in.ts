import { $api } from '../../../lib/api';
import { startSession } from './session';

export function useSignIn() {
  return $api.useMutation('post', '/api/v1/auth/sign-in', { onSuccess: startSession });
}
