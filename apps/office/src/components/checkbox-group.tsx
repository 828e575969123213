import { type ReactNode, useId } from 'react';

export interface CheckboxChoice<T extends string> {
  value: T;
  /** The box's accessible name and visible text. */
  label: ReactNode;
}

interface CheckboxGroupProps<T extends string> {
  legend: string;
  hint?: string;
  /** The layout of the boxes (a feature's grid or list class). */
  className: string;
  choices: readonly CheckboxChoice<T>[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | undefined;
}

/** A fieldset of checkboxes choosing several values (scopes, event types), in the order checked. */
export function CheckboxGroup<T extends string>(props: CheckboxGroupProps<T>) {
  const { legend, hint, className, choices, value, onChange, error } = props;
  const errorId = useId();
  return (
    <fieldset className="contact-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend className="contact-fieldset__legend">{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className={className}>
        {choices.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(choice.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, choice.value]
                    : value.filter((chosen) => chosen !== choice.value),
                )
              }
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
