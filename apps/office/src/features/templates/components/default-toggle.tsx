import { useId } from 'react';

interface DefaultToggleProps {
  kindLabel: string;
  checked: boolean;
  /** The saved template is its kind's default: only another template can take that over. */
  savedDefault: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  error: string | undefined;
}

export function DefaultToggle({
  kindLabel,
  checked,
  savedDefault,
  disabled,
  onChange,
  error,
}: DefaultToggleProps) {
  const id = useId();
  const hint = savedDefault
    ? 'This is the default. To change that, make another template the default.'
    : 'Used when a send names no template; the current default stops being one.';
  return (
    <div className="tpl-default">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          // The API refuses to leave a kind without a default (409), so that is not offered.
          disabled={disabled || savedDefault}
          onChange={(event) => onChange(event.target.checked)}
          aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
        />
        <span className="tpl-default__label">Default {kindLabel.toLowerCase()} template</span>
      </label>
      <p className="field__hint tpl-default__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field__error tpl-default__hint" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
