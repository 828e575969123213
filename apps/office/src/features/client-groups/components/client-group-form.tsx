import type { RequestBody } from '@portico/api-client';
import { fieldErrors } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { type FormEvent, useState } from 'react';
import { FormActions, type FormActionsProps } from '../../../components/form-actions';

type GroupBody = RequestBody<'createClientGroup'>;

/** The form's own props, then those of its buttons: the last failed save, pending, labels, Cancel. */
interface ClientGroupFormProps extends FormActionsProps {
  initial: { name: string; externalId: string };
  onSubmit: (body: GroupBody) => void;
}

export function ClientGroupForm(props: ClientGroupFormProps) {
  const { initial, onSubmit, ...actions } = props;
  const [name, setName] = useState(initial.name);
  const [externalId, setExternalId] = useState(initial.externalId);
  const [nameError, setNameError] = useState<string>();
  const serverErrors = fieldErrors(actions.error);

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
      <FormActions {...actions} />
    </form>
  );
}
