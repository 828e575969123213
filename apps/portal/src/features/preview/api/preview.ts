import { $api, forgetSession, startPreview } from '../../../lib/api';

/** The preview tab's one POST: uses the office's one-time code for a read-only session. */
export function useOpenPreview() {
  return $api.useMutation('post', '/portal/v1/auth/preview', { onSuccess: startPreview });
}

/**
 * "End preview": the server stops the token at once; this tab forgets it whatever the answer,
 * then closes itself (a tab the office opened may; otherwise it shows that the preview ended).
 */
export function useEndPreview() {
  return $api.useMutation('delete', '/portal/v1/preview', {
    onSettled: () => {
      forgetSession('You ended the preview. Open a new one from the office console when you need it.');
      window.close();
    },
  });
}
