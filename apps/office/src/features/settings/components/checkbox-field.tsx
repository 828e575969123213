import { useId } from 'react';

interface CheckboxFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
}

/** A checkbox whose hint is read with it (aria-describedby) without lengthening its name. */
export function CheckboxField({ label, hint, checked, onChange, error }: CheckboxFieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="settings-check">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={describedBy}
        />
        <span className="settings-check__label">{label}</span>
      </label>
      {hint && (
        <p className="field__hint settings-check__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error settings-check__hint" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
