import { fieldErrors } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useState } from 'react';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { CreateWithSecretDialog } from '../../../components/create-with-secret-dialog';
import { DialogFormActions } from '../../../components/form-actions';
import { type ApiKeyScope, type CreatedApiKey, useCreateApiKey } from '../api/api-keys';
import { scopeChoices } from '../api/scopes';
import { NewKeyShownOnce } from './new-key-shown-once';

/** Each scope's box: its name, its code as the API spells it, and what it lets a system do. */
const scopeBoxes = scopeChoices.map((choice) => ({
  value: choice.scope,
  label: (
    <>
      {choice.label} <code className="api-key-scopes__code">{choice.scope}</code>
      <span className="muted api-key-scopes__hint">{choice.hint}</span>
    </>
  ),
}));

/** Create, then show the key itself once (see CreateWithSecretDialog). */
export function NewApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateApiKey();
  return (
    <CreateWithSecretDialog<CreatedApiKey>
      open={open}
      onClose={onClose}
      title="New API key"
      secretTitle="Copy your new API key"
      mutation={create}
      form={(onCreated, close) => (
        <NewKeyForm
          pending={create.isPending}
          error={create.error}
          onCancel={close}
          onSubmit={(body) => create.mutate({ body }, { onSuccess: onCreated })}
        />
      )}
      secret={(created, close) => <NewKeyShownOnce created={created} onDone={close} />}
    />
  );
}

interface NewKeyFormProps {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (body: { name: string; scopes: ApiKeyScope[] }) => void;
}

function NewKeyForm({ pending, error, onCancel, onSubmit }: NewKeyFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [checked, setChecked] = useState(false);
  const fromApi = fieldErrors(error);
  const nameError = checked && name.trim() === '' ? 'Give the key a name.' : fromApi.name;
  const scopesError = checked && scopes.length === 0 ? 'Choose at least one scope.' : fromApi.scopes;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (name.trim() === '' || scopes.length === 0) return;
        onSubmit({ name: name.trim(), scopes });
      }}
    >
      <TextField
        label="Name"
        hint="Which system uses it, so you know what breaks if you revoke it: “Operations sync”."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={nameError}
        maxLength={100}
        autoComplete="off"
        autoFocus
      />
      <CheckboxGroup
        legend="What it may write"
        hint="Give a key only the scopes its system needs."
        className="api-key-scopes"
        choices={scopeBoxes}
        value={scopes}
        onChange={setScopes}
        error={scopesError}
      />
      <DialogFormActions
        error={error}
        pending={pending}
        submitLabel="Create key"
        pendingLabel="Creating…"
        onCancel={onCancel}
      />
    </form>
  );
}
