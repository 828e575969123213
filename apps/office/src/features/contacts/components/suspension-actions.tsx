import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useState } from 'react';
import type { ContactDetail } from '../api/contact';
import { useReinstateContact } from '../api/suspension';
import type { PortalAction } from '../utils/portal-status';
import { SuspendDialog } from './suspend-dialog';

interface SuspensionActionsProps {
  contact: ContactDetail;
  actions: PortalAction[];
  onDone: (message: string | null) => void;
}

/** Suspend (with the note shown at sign-in) or reinstate; both need access.manage. */
export function SuspensionActions({ contact, actions, onDone }: SuspensionActionsProps) {
  const reinstate = useReinstateContact();
  const [suspending, setSuspending] = useState(false);

  return (
    <div className="portal-actions">
      <div className="actions">
        {actions.includes('suspend') && (
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => {
              onDone(null);
              setSuspending(true);
            }}
          >
            Suspend…
          </button>
        )}
        {actions.includes('reinstate') && (
          <button
            type="button"
            className="button button--primary"
            disabled={reinstate.isPending}
            onClick={() => {
              onDone(null);
              reinstate.mutate(
                { params: { path: { id: contact.id } } },
                { onSuccess: () => onDone('Portal access reinstated.') },
              );
            }}
          >
            {reinstate.isPending ? (
              <>
                <Spinner size="sm" /> Reinstating…
              </>
            ) : (
              'Reinstate'
            )}
          </button>
        )}
      </div>
      {reinstate.isError && (
        <p className="alert alert--error" role="alert">
          {problemMessage(reinstate.error)}
        </p>
      )}
      <SuspendDialog
        contact={contact}
        open={suspending}
        onClose={() => setSuspending(false)}
        onSuspended={() => {
          setSuspending(false);
          onDone('Portal access suspended.');
        }}
      />
    </div>
  );
}
