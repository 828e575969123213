import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { useCan } from '../../../lib/permissions';
import { useCreateAccount } from '../api/account-detail';
import { AccountForm } from './account-form';
import { emptyAccountValues } from './account-form-values';

/** "New account" button and its form; a created account opens on its own page. */
export function NewAccountButton() {
  const canWrite = useCan('contacts.write') === true;
  const [open, setOpen] = useState(false);
  const create = useCreateAccount();
  const navigate = useNavigate();
  if (!canWrite) return null;

  const close = () => {
    setOpen(false);
    create.reset();
  };

  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setOpen(true)}>
        New account
      </button>
      <Dialog open={open} onClose={close} title="New account">
        <AccountForm
          initial={emptyAccountValues}
          submitLabel="Create account"
          pendingLabel="Creating…"
          pending={create.isPending}
          error={create.error}
          onCancel={close}
          onSubmit={(body) =>
            create.mutate({ body }, { onSuccess: (account) => navigate(`/accounts/${account.id}`) })
          }
        />
      </Dialog>
    </>
  );
}
