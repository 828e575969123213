import { problemMessage } from '@portico/api-client';
import { ConfirmDialog } from '../../../components/dialog';
import { type ApiKey, useRevokeApiKey } from '../api/api-keys';

/** Revoking cannot be undone: the system using the key must be given a new one. */
export function RevokeApiKeyDialog({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const revoke = useRevokeApiKey();
  const close = () => {
    onClose();
    revoke.reset();
  };
  return (
    <ConfirmDialog
      open={apiKey !== null}
      title={`Revoke “${apiKey?.name ?? ''}”?`}
      confirmLabel="Revoke key"
      pendingLabel="Revoking…"
      pending={revoke.isPending}
      onCancel={close}
      onConfirm={() => apiKey && revoke.mutate({ params: { path: { id: apiKey.id } } }, { onSuccess: close })}
      error={revoke.error && problemMessage(revoke.error)}
    >
      <p>
        Calls made with the key starting <code>{apiKey?.prefix}…</code> will be refused from now on. This
        cannot be undone: give the system that uses it a new key.
      </p>
    </ConfirmDialog>
  );
}
