import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import type { ContactDetail } from '../api/contact';
import { useSendPasswordReset } from '../api/password-reset';

interface PasswordResetActionProps {
  contact: ContactDetail;
  onDone: (message: string | null) => void;
}

/**
 * For an enrolled contact who cannot sign in: the portal emails them a link to set a new
 * password. Nothing changes until they use it, so there is nothing to confirm.
 */
export function PasswordResetAction({ contact, onDone }: PasswordResetActionProps) {
  const reset = useSendPasswordReset();
  return (
    <div className="portal-actions">
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={reset.isPending}
          onClick={() => {
            onDone(null);
            reset.mutate(
              { params: { path: { id: contact.id } } },
              {
                onSuccess: () =>
                  onDone(`A password reset link is on its way to ${contact.email ?? contact.firstName}.`),
              },
            );
          }}
        >
          {reset.isPending ? (
            <>
              <Spinner size="sm" /> Sending…
            </>
          ) : (
            'Send password reset link'
          )}
        </button>
      </div>
      {reset.isError && (
        <p className="alert alert--error" role="alert">
          {problemMessage(reset.error)}
        </p>
      )}
    </div>
  );
}
