import { fieldErrors, problemMessage } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useState } from 'react';
import { DialogFormActions } from '../../../components/form-actions';
import { type SsoProvider, useCheckSsoDiscovery } from '../api/sso-providers';

export interface ProviderFormValues {
  displayName: string;
  issuerUrl: string;
  clientId: string;
  /** Empty on an edit: the stored secret stays. */
  clientSecret: string;
  enabled: boolean;
}

interface ProviderFormProps {
  /** The provider being edited; absent when adding one. */
  editing?: SsoProvider;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (values: ProviderFormValues) => void;
}

/** Name, issuer (with a discovery check), client id and a write-only secret. */
export function ProviderForm({ editing, pending, error, onCancel, onSubmit }: ProviderFormProps) {
  const [displayName, setDisplayName] = useState(editing?.displayName ?? '');
  const [issuerUrl, setIssuerUrl] = useState(editing?.issuerUrl ?? '');
  const [clientId, setClientId] = useState(editing?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [enabled, setEnabled] = useState(editing?.enabled ?? true);
  const [checked, setChecked] = useState(false);
  const discovery = useCheckSsoDiscovery();
  const fromApi = fieldErrors(error);
  const missing = (value: string, message: string) => (checked && value.trim() === '' ? message : undefined);
  const nameError =
    missing(displayName, 'Enter the name on the button, e.g. Microsoft.') ?? fromApi.displayName;
  const issuerError = missing(issuerUrl, 'Enter the issuer URL.') ?? fromApi.issuerUrl;
  const clientIdError = missing(clientId, 'Enter the client ID.') ?? fromApi.clientId;
  const secretError =
    (editing ? undefined : missing(clientSecret, 'Enter the client secret.')) ?? fromApi.clientSecret;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!displayName.trim() || !issuerUrl.trim() || !clientId.trim() || (!editing && !clientSecret))
          return;
        onSubmit({
          displayName: displayName.trim(),
          issuerUrl: issuerUrl.trim(),
          clientId: clientId.trim(),
          clientSecret,
          enabled,
        });
      }}
    >
      <TextField
        label="Button name"
        hint="Customers see “Sign in with <name>”."
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={nameError}
        maxLength={60}
        autoComplete="off"
        placeholder="Microsoft"
        autoFocus
      />
      <div className="stack">
        <TextField
          label="Issuer URL"
          hint="From the provider's OpenID Connect settings, e.g. https://login.microsoftonline.com/<tenant>/v2.0."
          type="url"
          inputMode="url"
          value={issuerUrl}
          onChange={(event) => {
            setIssuerUrl(event.target.value);
            discovery.reset();
          }}
          error={issuerError}
          maxLength={500}
          autoComplete="off"
        />
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={!issuerUrl.trim() || discovery.isPending}
            onClick={() => discovery.mutate({ body: { issuerUrl: issuerUrl.trim() } })}
          >
            {discovery.isPending ? 'Checking…' : 'Check discovery'}
          </button>
        </div>
        <p className="form-status" role="status">
          {discovery.isSuccess &&
            `Found ${discovery.data.issuer}${discovery.data.supportsPkceS256 ? '' : ' (it does not announce PKCE S256 support)'}.`}
        </p>
        {discovery.isError && (
          <p className="alert alert--error" role="alert">
            {problemMessage(discovery.error)}
          </p>
        )}
      </div>
      <TextField
        label="Client ID"
        value={clientId}
        onChange={(event) => setClientId(event.target.value)}
        error={clientIdError}
        maxLength={300}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        label={editing ? 'New client secret (optional)' : 'Client secret'}
        hint={
          editing
            ? 'The current secret is kept and never shown. Enter one only to replace it.'
            : 'Stored encrypted and never shown again.'
        }
        type="password"
        value={clientSecret}
        onChange={(event) => setClientSecret(event.target.value)}
        error={secretError}
        maxLength={1000}
        autoComplete="new-password"
        spellCheck={false}
      />
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
        Show this button on the portal's sign-in page
      </label>
      <DialogFormActions
        error={error}
        pending={pending}
        submitLabel={editing ? 'Save changes' : 'Add provider'}
        pendingLabel="Saving…"
        onCancel={onCancel}
      />
    </form>
  );
}
