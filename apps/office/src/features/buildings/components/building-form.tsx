import { fieldErrors } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { type FormEvent, useState } from 'react';
import { FormActions, type FormActionsProps } from '../../../components/form-actions';
import { AccountSelect } from './account-select';
import {
  type BuildingBody,
  type BuildingFormValues,
  buildingBody,
  validateBuilding,
} from './building-form-values';

/** The form's own props, then those of its buttons: the last failed save, pending, labels, Cancel. */
interface BuildingFormProps extends FormActionsProps {
  initial: BuildingFormValues;
  onSubmit: (body: BuildingBody) => void;
}

type TextKey = Exclude<keyof BuildingFormValues, 'accountId' | 'name' | 'latitude' | 'longitude'>;

const addressFields: { key: TextKey; label: string; max: number; autoComplete: string; wide?: boolean }[] = [
  { key: 'addressLine1', label: 'Address line 1', max: 200, autoComplete: 'address-line1', wide: true },
  { key: 'addressLine2', label: 'Address line 2', max: 200, autoComplete: 'address-line2', wide: true },
  { key: 'city', label: 'City', max: 100, autoComplete: 'address-level2' },
  { key: 'region', label: 'State or region', max: 100, autoComplete: 'address-level1' },
  { key: 'postalCode', label: 'Postal code', max: 20, autoComplete: 'postal-code' },
  { key: 'country', label: 'Country', max: 100, autoComplete: 'country-name' },
];

export function BuildingForm(props: BuildingFormProps) {
  const { initial, onSubmit, ...actions } = props;
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState<Record<string, string>>({});
  const set = (key: keyof BuildingFormValues, value: string) =>
    setValues((current) => ({ ...current, [key]: value }));

  const serverErrors = fieldErrors(actions.error);
  const errors = { ...serverErrors, ...checked };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateBuilding(values);
    setChecked(found);
    if (Object.keys(found).length === 0) onSubmit(buildingBody(values));
  }

  return (
    <form className="detail-form" onSubmit={submit} noValidate>
      <div className="form-grid">
        <AccountSelect
          label="Account"
          value={values.accountId}
          onChange={(accountId) => set('accountId', accountId)}
          emptyLabel="Choose an account"
          error={errors.accountId}
          required
        />
        <TextField
          label="Name"
          value={values.name}
          onChange={(event) => set('name', event.target.value)}
          error={errors.name}
          required
          maxLength={200}
          autoComplete="off"
        />
      </div>
      <fieldset className="form-fieldset">
        <legend>Address</legend>
        <div className="form-grid">
          {addressFields.map(({ key, label, max, autoComplete, wide }) => (
            <TextField
              key={key}
              label={label}
              value={values[key]}
              onChange={(event) => set(key, event.target.value)}
              error={errors[key]}
              maxLength={max}
              autoComplete={autoComplete}
              className={wide ? 'form-grid__wide' : undefined}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="form-fieldset">
        <legend>Map position and source (optional)</legend>
        <div className="form-grid">
          <TextField
            label="Latitude"
            hint="-90 to 90"
            value={values.latitude}
            onChange={(event) => set('latitude', event.target.value)}
            error={errors.latitude}
            inputMode="decimal"
            autoComplete="off"
          />
          <TextField
            label="Longitude"
            hint="-180 to 180"
            value={values.longitude}
            onChange={(event) => set('longitude', event.target.value)}
            error={errors.longitude}
            inputMode="decimal"
            autoComplete="off"
          />
          <TextField
            label="Site source"
            value={values.siteSource}
            onChange={(event) => set('siteSource', event.target.value)}
            error={errors.siteSource}
            maxLength={200}
            autoComplete="off"
          />
          <TextField
            label="External ID"
            value={values.externalId}
            onChange={(event) => set('externalId', event.target.value)}
            error={errors.externalId}
            maxLength={200}
            autoComplete="off"
          />
        </div>
      </fieldset>
      <FormActions {...actions} />
    </form>
  );
}
