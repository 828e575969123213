import { problemMessage } from '@portico/api-client';
import { useState } from 'react';
import { ConfirmDialog, Dialog } from '../../../components/dialog';
import {
  type EndpointWithSecret,
  useDeleteWebhookEndpoint,
  useEnableWebhookEndpoint,
  useRotateWebhookSecret,
  useSendWebhookTest,
  useUpdateWebhookEndpoint,
  type WebhookEndpoint,
} from '../api/webhooks';
import { DeliveryLog } from './delivery-log';
import { EndpointForm } from './endpoint-form';
import { formatDateTime } from './format';
import { RotatedSecretDialog } from './new-endpoint-dialog';

interface EndpointPanelProps {
  endpoint: WebhookEndpoint;
  onDeleted: () => void;
}

/** One endpoint: its disabled banner, its actions and its delivery log. */
export function EndpointPanel({ endpoint, onDeleted }: EndpointPanelProps) {
  const enable = useEnableWebhookEndpoint();
  const update = useUpdateWebhookEndpoint();
  const test = useSendWebhookTest();
  const rotate = useRotateWebhookSecret();
  const remove = useDeleteWebhookEndpoint();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [rotated, setRotated] = useState<EndpointWithSecret | null>(null);
  const path = { params: { path: { id: endpoint.id } } };
  const actionError = [enable, update, test, rotate].find((m) => m.error)?.error;

  return (
    <section className="webhook-panel stack" aria-labelledby="webhook-panel-title">
      <header className="webhook-panel__header">
        <h2 id="webhook-panel-title" className="webhook-panel__title">
          {endpoint.url}
        </h2>
        {endpoint.description && <p className="muted">{endpoint.description}</p>}
      </header>

      {!endpoint.enabled && (
        <div className="alert alert--error webhook-banner" role="alert">
          <p>
            <strong>This endpoint is disabled</strong>
            {endpoint.disabledAt && ` since ${formatDateTime(endpoint.disabledAt)}`}: no events are sent to
            it.
          </p>
          {endpoint.disabledReason && <p>{endpoint.disabledReason}</p>}
          <button
            type="button"
            className="button button--primary button--small"
            disabled={enable.isPending}
            onClick={() => enable.mutate(path)}
          >
            {enable.isPending ? 'Enabling…' : 'Enable again'}
          </button>
        </div>
      )}
      {endpoint.enabled && endpoint.failingSince && (
        <p className="alert alert--warning">
          Failing since {formatDateTime(endpoint.failingSince)}. Portico keeps retrying; an endpoint that
          keeps failing is disabled.
        </p>
      )}

      <div className="webhook-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={!endpoint.enabled || test.isPending}
          onClick={() => test.mutate(path)}
        >
          {test.isPending ? 'Sending…' : 'Send test event'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={rotate.isPending}
          onClick={() => rotate.mutate(path, { onSuccess: setRotated })}
        >
          Rotate secret
        </button>
        {endpoint.enabled && (
          <button
            type="button"
            className="button button--secondary"
            disabled={update.isPending}
            onClick={() => update.mutate({ ...path, body: { enabled: false } })}
          >
            Disable
          </button>
        )}
        <button type="button" className="button button--danger" onClick={() => setDeleting(true)}>
          Delete
        </button>
      </div>
      <p className="form-status" role="status">
        {test.isSuccess ? 'Test event queued: watch for it in the log below.' : ''}
      </p>
      {actionError ? (
        <p className="alert alert--error" role="alert">
          {problemMessage(actionError)}
        </p>
      ) : null}

      <DeliveryLog endpoint={endpoint} />

      <Dialog
        open={editing}
        onClose={() => setEditing(false)}
        title="Edit webhook endpoint"
        busy={update.isPending}
      >
        <EndpointForm
          initial={{ url: endpoint.url, description: endpoint.description, events: endpoint.events }}
          submitLabel="Save"
          pendingLabel="Saving…"
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(body) => update.mutate({ ...path, body }, { onSuccess: () => setEditing(false) })}
        />
      </Dialog>
      <RotatedSecretDialog
        rotated={rotated}
        onClose={() => {
          // The mutation's result holds the new secret too: forget both once it was shown.
          setRotated(null);
          rotate.reset();
        }}
      />
      <ConfirmDialog
        open={deleting}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.error ? problemMessage(remove.error) : undefined}
        onCancel={() => setDeleting(false)}
        onConfirm={() =>
          remove.mutate(path, {
            onSuccess: () => {
              setDeleting(false);
              onDeleted();
            },
          })
        }
      >
        <p>
          Events stop going to <strong>{endpoint.url}</strong> at once, and its delivery log is deleted with
          it.
        </p>
      </ConfirmDialog>
    </section>
  );
}
