import type { ClientGroup } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { useDeleteClientGroup } from '../api/client-groups';

export function DeleteClientGroup({ group }: { group: ClientGroup }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteClientGroup();
  const navigate = useNavigate();
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  const count = group.accountCount;
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Delete group
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${group.name}?`}
        confirmLabel="Delete group"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onCancel={close}
        onConfirm={() =>
          remove.mutate(
            { params: { path: { id: group.id } } },
            { onSuccess: () => navigate('/client-groups', { replace: true }) },
          )
        }
        error={remove.error && problemMessage(remove.error)}
      >
        <p>
          {count === 0
            ? 'The group has no accounts.'
            : `Its ${count === 1 ? 'account stays' : `${count} accounts stay`}, with ${count === 1 ? 'its' : 'their'} buildings and contacts; ${count === 1 ? 'it just leaves' : 'they just leave'} the group.`}{' '}
          Contacts who use the group’s portal lose the whole-group view; their own account and building links
          stay.
        </p>
      </ConfirmDialog>
    </>
  );
}
