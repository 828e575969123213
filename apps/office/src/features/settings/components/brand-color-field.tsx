import { useId, useRef } from 'react';
import { HEX_COLOR } from './settings-draft';

interface BrandColorFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

/** A colour picker and its hex code side by side: pick by eye, or paste the brand's exact code. */
export function BrandColorField({ value, onChange, error }: BrandColorFieldProps) {
  const id = useId();
  const lastValid = useRef('#000000');
  if (HEX_COLOR.test(value.trim())) lastValid.current = value.trim().toLowerCase();
  return (
    <div className={['field', error && 'field--invalid'].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        Brand colour
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        Used for buttons and headings in the customer portal and in emails.
      </p>
      <div className="settings-color">
        <input
          type="color"
          className="settings-color__picker"
          aria-label="Pick the brand colour"
          // A colour input only takes #rrggbb; it keeps the last valid colour while a code is typed.
          value={lastValid.current}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          id={id}
          className="field__input settings-color__hex"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          maxLength={7}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
        />
      </div>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
