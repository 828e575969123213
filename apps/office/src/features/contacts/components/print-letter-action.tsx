import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import type { ContactDetail } from '../api/contact';
import { usePrintLetter } from '../api/invitation-letters';

interface PrintLetterActionProps {
  contact: Pick<ContactDetail, 'id' | 'email'>;
  /** Another invitation action is running. */
  disabled: boolean;
  onDone: (message: string | null) => void;
}

/**
 * A printed invitation with a one-time code, for contacts without an email (then it is the main
 * action) or who never open it. Printing replaces any pending invitation.
 */
export function PrintLetterAction({ contact, disabled, onDone }: PrintLetterActionProps) {
  const print = usePrintLetter();
  const primary = !contact.email;
  return (
    <div className="portal-actions__letter">
      <div className="actions">
        <button
          type="button"
          className={`button ${primary ? 'button--primary' : 'button--secondary'}`}
          disabled={disabled || print.isPending}
          aria-describedby="print-letter-hint"
          onClick={() => {
            onDone(null);
            print.reset();
            print.mutate(contact.id, {
              onSuccess: () => onDone('Letter downloaded. Print and post it; its code works once.'),
            });
          }}
        >
          {print.isPending ? (
            <>
              <Spinner size="sm" /> Preparing letter…
            </>
          ) : (
            'Print invitation letter'
          )}
        </button>
      </div>
      <p id="print-letter-hint" className="field__hint">
        A PDF letter with a one-time code and a QR code to the portal. It replaces any pending invitation.
      </p>
      {print.isError && (
        <p className="alert alert--error" role="alert">
          {problemMessage(print.error)}
        </p>
      )}
    </div>
  );
}
