import { fieldErrors, problemMessage } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { type ApiKeyScope, type CreatedApiKey, useCreateApiKey } from '../api/api-keys';
import { scopeChoices } from '../api/scopes';
import { NewKeyShownOnce } from './new-key-shown-once';

/**
 * Create, then show the key itself: in the same dialog, and only until it closes. The key is
 * kept in this component's state alone (never in the query cache), so once closed it is gone.
 */
export function NewApiKeyDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const create = useCreateApiKey();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const close = () => {
    setCreated(null);
    create.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={created ? 'Copy your new API key' : 'New API key'}
      busy={create.isPending}
    >
      {created ? (
        <NewKeyShownOnce created={created} onDone={close} />
      ) : (
        <NewKeyForm
          pending={create.isPending}
          error={create.error}
          onCancel={close}
          onSubmit={(body) => create.mutate({ body }, { onSuccess: setCreated })}
        />
      )}
    </Dialog>
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
  const general = error && Object.keys(fromApi).length === 0 ? problemMessage(error) : null;

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
      <fieldset
        className="contact-fieldset"
        aria-describedby={scopesError ? 'api-key-scopes-error' : undefined}
      >
        <legend className="contact-fieldset__legend">What it may write</legend>
        <p className="field__hint">Give a key only the scopes its system needs.</p>
        <div className="api-key-scopes">
          {scopeChoices.map((choice) => (
            <label key={choice.scope} className="checkbox">
              <input
                type="checkbox"
                checked={scopes.includes(choice.scope)}
                onChange={(event) =>
                  setScopes((current) =>
                    event.target.checked
                      ? [...current, choice.scope]
                      : current.filter((scope) => scope !== choice.scope),
                  )
                }
              />
              <span>
                {choice.label} <code className="api-key-scopes__code">{choice.scope}</code>
                <span className="muted api-key-scopes__hint">{choice.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {scopesError && (
          <p className="field__error" id="api-key-scopes-error">
            {scopesError}
          </p>
        )}
      </fieldset>
      {general && (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Creating…' : 'Create key'}
        </button>
      </div>
    </form>
  );
}
