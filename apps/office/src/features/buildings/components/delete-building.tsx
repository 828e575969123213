import type { Building } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { useDeleteBuilding } from '../api/buildings';

export function DeleteBuilding({ building }: { building: Building }) {
  const [open, setOpen] = useState(false);
  const remove = useDeleteBuilding();
  const navigate = useNavigate();
  const close = () => {
    setOpen(false);
    remove.reset();
  };
  return (
    <>
      <button type="button" className="button button--danger-outline" onClick={() => setOpen(true)}>
        Delete building
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${building.name}?`}
        confirmLabel="Delete building"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        onCancel={close}
        onConfirm={() =>
          remove.mutate(
            { params: { path: { id: building.id } } },
            { onSuccess: () => navigate('/buildings', { replace: true }) },
          )
        }
        error={remove.error && problemMessage(remove.error)}
      >
        <p>This deletes the building from {building.accountName}. It cannot be undone.</p>
        <p>Contacts linked to the building lose the link; the contacts themselves stay.</p>
      </ConfirmDialog>
    </>
  );
}
