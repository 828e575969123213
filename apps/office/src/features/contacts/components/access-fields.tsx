import { useId } from 'react';
import { type AccessAreas, accessAreas } from '../utils/contact-form';

interface AccessFieldsProps {
  value: AccessAreas;
  onChange: (value: AccessAreas) => void;
  /** Without access.manage the boxes show what the contact sees but cannot change. */
  canManage: boolean;
  error?: string | undefined;
  /** Under a heading that already says it (the contact page's card). */
  legendHidden?: boolean;
}

export function AccessFields({ value, onChange, canManage, error, legendHidden }: AccessFieldsProps) {
  const hintId = useId();
  return (
    <fieldset className="contact-fieldset" aria-describedby={hintId}>
      <legend className={legendHidden ? 'visually-hidden' : 'contact-fieldset__legend'}>
        What they may see in the portal
      </legend>
      <p className="field__hint" id={hintId}>
        {canManage
          ? 'Only published items of these areas, at the buildings and accounts they are linked to.'
          : 'Changing what a contact may see needs the access.manage permission.'}
      </p>
      <div className="access-fields">
        {accessAreas.map((area) => (
          <label key={area.key} className="checkbox">
            <input
              type="checkbox"
              name={area.key}
              checked={value[area.key]}
              disabled={!canManage}
              onChange={(event) => onChange({ ...value, [area.key]: event.target.checked })}
            />
            <span>
              {area.label} <span className="muted contact-fieldset__sub">{area.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}
