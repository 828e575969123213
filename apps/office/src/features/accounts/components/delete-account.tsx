import type { AccountDetail } from '@portico/api-client';
import { problemMessage, problemStatus } from '@portico/api-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { useDeleteAccount, useUpdateAccount } from '../api/account-detail';

/**
 * Deleting takes the account's buildings with it. The API refuses (409) while contacts are
 * linked, since a contact may be someone's only portal sign-in; deactivating is offered instead.
 */
export function DeleteAccount({ account }: { account: AccountDetail }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteAccount();
  const deactivate = useUpdateAccount();
  const navigate = useNavigate();
  const { buildings, contacts } = account.counts;
  // The counts may be stale; the API's 409 is the final word.
  const refused = problemStatus(remove.error) === 409 || contacts > 0;

  const close = () => {
    setOpen(false);
    remove.reset();
    deactivate.reset();
  };

  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Delete account
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${account.name}?`}
        confirmLabel="Delete account"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onCancel={close}
        onConfirm={() =>
          remove.mutate(
            { params: { path: { id: account.id } } },
            { onSuccess: () => navigate('/accounts', { replace: true }) },
          )
        }
        error={
          (remove.error || deactivate.error) && (
            <>
              <p>{problemMessage(deactivate.error ?? remove.error)}</p>
              {refused && account.active && (
                <p>Deactivating keeps the account, its contacts and its history.</p>
              )}
            </>
          )
        }
        extra={
          refused &&
          account.active && (
            <button
              type="button"
              className="button button--secondary"
              disabled={deactivate.isPending}
              onClick={() =>
                deactivate.mutate(
                  { params: { path: { id: account.id } }, body: { active: false } },
                  { onSuccess: close },
                )
              }
            >
              {deactivate.isPending ? 'Deactivating…' : 'Deactivate instead'}
            </button>
          )
        }
      >
        <p>
          This deletes the account
          {buildings > 0 && ` and its ${buildings === 1 ? 'building' : `${buildings} buildings`}`}. It cannot
          be undone.
        </p>
        {contacts > 0 && !remove.error && (
          <p>
            {contacts === 1 ? 'One contact is' : `${contacts} contacts are`} still linked, so the account
            cannot be deleted yet: remove {contacts === 1 ? 'it' : 'them'} on the Contacts tab first, or
            deactivate the account.
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}
