import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/dialog';
import type { ContactDetail } from '../api/contact';
import { useResendInvitation, useRevokeInvitation, useSendInvitation } from '../api/invitations';
import type { PortalAction } from '../utils/portal-status';
import { PrintLetterAction } from './print-letter-action';

interface InvitationActionsProps {
  contact: ContactDetail;
  actions: PortalAction[];
  onDone: (message: string | null) => void;
}

/** Invite, resend and revoke, as the contact's status allows; errors next to the buttons. */
export function InvitationActions({ contact, actions, onDone }: InvitationActionsProps) {
  const send = useSendInvitation();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const path = { params: { path: { id: contact.id } } };
  const pending = send.isPending || resend.isPending || revoke.isPending;
  const error = send.error ?? resend.error;
  const noEmail = !contact.email;
  const canSend = actions.includes('invite') || actions.includes('resend');

  if (!canSend && !actions.includes('revoke')) return null;

  function run(which: 'invite' | 'resend') {
    onDone(null);
    send.reset();
    resend.reset();
    const mutation = which === 'invite' ? send : resend;
    mutation.mutate(
      { ...path, body: {} },
      {
        onSuccess: () =>
          onDone(which === 'invite' ? 'Invitation sent.' : 'Invitation resent with a new link.'),
      },
    );
  }

  return (
    <div className="portal-actions">
      <div className="actions">
        {actions.includes('invite') && (
          <button
            type="button"
            className="button button--primary"
            disabled={pending || noEmail}
            onClick={() => run('invite')}
          >
            {send.isPending ? (
              <>
                <Spinner size="sm" /> Inviting…
              </>
            ) : (
              'Invite to customer portal'
            )}
          </button>
        )}
        {actions.includes('resend') && (
          <button
            type="button"
            className="button button--secondary"
            disabled={pending || noEmail}
            onClick={() => run('resend')}
          >
            {resend.isPending ? (
              <>
                <Spinner size="sm" /> Resending…
              </>
            ) : (
              'Resend invite'
            )}
          </button>
        )}
        {actions.includes('revoke') && (
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={() => {
              onDone(null);
              revoke.reset();
              setConfirmRevoke(true);
            }}
          >
            Revoke invite
          </button>
        )}
      </div>
      {canSend && noEmail && (
        <p className="field__hint">
          No email address: print them a letter, or add an email under Details to invite them by email.
        </p>
      )}
      {canSend && <PrintLetterAction contact={contact} disabled={pending} onDone={onDone} />}
      {error && (
        <p className="alert alert--error" role="alert">
          {problemMessage(error)}
        </p>
      )}
      <ConfirmDialog
        open={confirmRevoke}
        title="Revoke the invitation?"
        confirmLabel="Revoke invite"
        pendingLabel="Revoking…"
        pending={revoke.isPending}
        error={revoke.isError ? problemMessage(revoke.error) : null}
        onCancel={() => setConfirmRevoke(false)}
        onConfirm={() =>
          revoke.mutate(path, {
            onSuccess: () => {
              setConfirmRevoke(false);
              onDone('Invitation revoked.');
            },
          })
        }
      >
        <p>The link in their email stops working at once. You can invite {contact.firstName} again later.</p>
      </ConfirmDialog>
    </div>
  );
}
