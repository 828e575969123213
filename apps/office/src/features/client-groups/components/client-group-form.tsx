import type { RequestBody } from '@portico/api-client';
import { fieldErrors, problemMessage } from '@portico/api-client';
import { type FormEvent, useState } from 'react';
import { TextField } from '../../../components/text-field';

type GroupBody = RequestBody<'createClientGroup'>;

interface ClientGroupFormProps {
  initial: { name: string; externalId: string };
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: GroupBody) => void;
  onCancel: () => void;
}

export function ClientGroupForm(props: ClientGroupFormProps) {
  const { initial, submitLabel, pendingLabel, pending, error, onSubmit, onCancel } = props;
  const [name, setName] = useState(initial.name);
  const [externalId, setExternalId] = useState(initial.externalId);
  const [nameError, setNameError] = useState<string>();
  const serverErrors = fieldErrors(error);
  const general = error !== null && error !== undefined && Object.keys(serverErrors).length === 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setNameError('Enter a name.');
      return;
    }
    setNameError(undefined);
    onSubmit({ name: name.trim(), externalId: externalId.trim() || null });
  }

  return (
    <form className="detail-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label="Name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={nameError ?? serverErrors.name}
          required
          maxLength={200}
          autoComplete="off"
        />
        <TextField
          label="External ID"
          hint="Optional: the group’s id in your operations system."
          value={externalId}
          onChange={(event) => setExternalId(event.target.value)}
          error={serverErrors.externalId}
          maxLength={200}
          autoComplete="off"
        />
      </div>
      {general && (
        <p className="alert alert--error" role="alert">
          {problemMessage(error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
