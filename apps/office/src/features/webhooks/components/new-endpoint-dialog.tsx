import { CreateWithSecretDialog } from '../../../components/create-with-secret-dialog';
import { Dialog } from '../../../components/dialog';
import { type EndpointWithSecret, useCreateWebhookEndpoint } from '../api/webhooks';
import { EndpointForm } from './endpoint-form';
import { SigningSecretShownOnce } from './signing-secret-shown-once';

/** Create, then show the signing secret once (see CreateWithSecretDialog). */
export function NewEndpointDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateWebhookEndpoint();
  return (
    <CreateWithSecretDialog<EndpointWithSecret>
      open={open}
      onClose={onClose}
      title="New webhook endpoint"
      secretTitle="Copy the signing secret"
      mutation={create}
      form={(onCreated, close) => (
        <EndpointForm
          submitLabel="Create endpoint"
          pendingLabel="Creating…"
          pending={create.isPending}
          error={create.error}
          onCancel={close}
          onSubmit={(body) => create.mutate({ body }, { onSuccess: onCreated })}
        />
      )}
      secret={(created, close) => <SigningSecretShownOnce created={created} onDone={close} />}
    />
  );
}

/** A new secret for an endpoint, shown once, like at creation. */
export function RotatedSecretDialog({
  rotated,
  onClose,
}: {
  rotated: EndpointWithSecret | null;
  onClose: () => void;
}) {
  return (
    <Dialog open={rotated !== null} onClose={onClose} title="Copy the new signing secret">
      {rotated && <SigningSecretShownOnce created={rotated} onDone={onClose} />}
    </Dialog>
  );
}
