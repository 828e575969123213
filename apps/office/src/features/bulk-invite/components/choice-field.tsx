import { useId } from 'react';

interface ChoiceFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** undefined while loading or when they could not be read: the field takes free text. */
  choices: string[] | undefined;
  /** The choices cover every row: a select. Otherwise free text, with the choices as suggestions. */
  complete: boolean;
}

/** One of the account/site filters: pick a known value, or "Any". */
export function ChoiceField({ label, value, onChange, choices, complete }: ChoiceFieldProps) {
  const id = useId();
  const asSelect = choices !== undefined && complete && (value === '' || choices.includes(value));

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {asSelect ? (
        <select
          id={id}
          className="field__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">Any</option>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      ) : (
        <>
          <input
            id={id}
            className="field__input"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            list={choices ? `${id}-choices` : undefined}
            placeholder="Any"
            autoComplete="off"
            maxLength={200}
          />
          {choices && (
            <datalist id={`${id}-choices`}>
              {choices.map((choice) => (
                <option key={choice} value={choice} />
              ))}
            </datalist>
          )}
        </>
      )}
    </div>
  );
}
