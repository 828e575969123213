import { fieldErrors, problemMessage } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { FormActions, type FormActionsProps } from '../../../components/form-actions';
import { clientGroupChoicesOptions } from '../api/account-detail';
import {
  type AccountBody,
  type AccountFormValues,
  accountBody,
  validateAccount,
} from './account-form-values';

/** The form's own props, then those of its buttons: the last failed save, pending, labels, Cancel. */
interface AccountFormProps extends FormActionsProps {
  initial: AccountFormValues;
  onSubmit: (body: AccountBody) => void;
}

type TextKey = 'division' | 'accountClass' | 'billGroup' | 'accountSource' | 'externalId';
const textFields: { key: TextKey; label: string }[] = [
  { key: 'division', label: 'Division' },
  { key: 'accountClass', label: 'Account class' },
  { key: 'billGroup', label: 'Bill group' },
  { key: 'accountSource', label: 'Account source' },
  { key: 'externalId', label: 'External ID' },
];

export function AccountForm(props: AccountFormProps) {
  const { initial, onSubmit, ...actions } = props;
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const groups = useQuery(clientGroupChoicesOptions());
  const groupId = useId();
  const set = <K extends keyof AccountFormValues>(key: K, value: AccountFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  // Client checks win: they describe what is in the inputs now, not at the last save.
  const serverErrors = fieldErrors(actions.error);
  const errors = { ...serverErrors, ...checked };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateAccount(values);
    setChecked(found);
    if (Object.keys(found).length === 0) onSubmit(accountBody(values));
  }

  return (
    <form className="detail-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <TextField
          label="Name"
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          error={errors.name}
          required
          maxLength={200}
          autoComplete="off"
          className="form-grid__wide"
        />
        <div className="field">
          <label className="field__label" htmlFor={groupId}>
            Client group
          </label>
          <select
            id={groupId}
            className="field__input"
            value={values.clientGroupId}
            onChange={(event) => set('clientGroupId', event.target.value)}
            aria-describedby={errors.clientGroupId || groups.isError ? `${groupId}-error` : undefined}
          >
            <option value="">No group</option>
            {groups.data?.items.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
            {/* Keep the current group selectable even before (or without) the list. */}
            {initial.clientGroupId && !groups.data?.items.some((g) => g.id === initial.clientGroupId) && (
              <option value={initial.clientGroupId}>Current group</option>
            )}
          </select>
          {(errors.clientGroupId || groups.isError) && (
            <p className="field__error" id={`${groupId}-error`}>
              {errors.clientGroupId ?? `Could not load client groups: ${problemMessage(groups.error)}`}
            </p>
          )}
        </div>
        {textFields.map(({ key, label }) => (
          <TextField
            key={key}
            label={label}
            value={values[key]}
            onChange={(event) => set(key, event.target.value)}
            error={errors[key]}
            maxLength={200}
            autoComplete="off"
          />
        ))}
        <TextField
          label="Balance due"
          value={values.balanceDue}
          onChange={(event) => set('balanceDue', event.target.value)}
          error={errors.balanceDue}
          inputMode="decimal"
          autoComplete="off"
        />
        <TextField
          label="Active services"
          value={values.activeServicesCount}
          onChange={(event) => set('activeServicesCount', event.target.value)}
          error={errors.activeServicesCount}
          inputMode="numeric"
          autoComplete="off"
        />
      </div>
      <div className="form-checks">
        <label className="checkbox">
          <input type="checkbox" checked={values.active} onChange={(e) => set('active', e.target.checked)} />
          <span>Active</span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={values.autopay}
            onChange={(e) => set('autopay', e.target.checked)}
          />
          <span>Automatic payment (autopay)</span>
        </label>
      </div>
      <FormActions {...actions} />
    </form>
  );
}
