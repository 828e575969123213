import { $api, authStore, queryClient } from '../../../lib/api';

export function useSignOut() {
  return $api.useMutation('post', '/api/v1/auth/sign-out', {
    // Even if the server could not be told, this tab forgets the session and its data.
    onSettled: () => {
      authStore.clear('You signed out.');
      queryClient.clear();
    },
  });
}
