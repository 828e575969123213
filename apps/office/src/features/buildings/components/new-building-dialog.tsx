import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog';
import { useCreateBuilding } from '../api/buildings';
import { BuildingForm } from './building-form';
import { emptyBuildingValues } from './building-form-values';

interface NewBuildingDialogProps {
  open: boolean;
  /** Pre-chosen account (from the account page's "Add building", or the list's account filter). */
  accountId: string;
  onClose: () => void;
}

/** A created building opens on its own page, where its contacts are added next. */
export function NewBuildingDialog({ open, accountId, onClose }: NewBuildingDialogProps) {
  const create = useCreateBuilding();
  const navigate = useNavigate();
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} title="New building">
      <BuildingForm
        initial={emptyBuildingValues(accountId)}
        submitLabel="Create building"
        pendingLabel="Creating…"
        pending={create.isPending}
        error={create.error}
        onCancel={close}
        onSubmit={(body) =>
          create.mutate({ body }, { onSuccess: (building) => navigate(`/buildings/${building.id}`) })
        }
      />
    </Dialog>
  );
}
