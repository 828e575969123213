import { type TextField, textFieldNames } from './template-draft';

interface VariableChipsProps {
  variables: readonly string[];
  target: TextField;
  onInsert: (variable: string) => void;
  disabled: boolean;
}

/** The kind's variables as buttons that insert `{{name}}` where the caret was in the last text field. */
export function VariableChips({ variables, target, onInsert, disabled }: VariableChipsProps) {
  return (
    <fieldset className="tpl-vars" aria-describedby="tpl-vars-hint">
      <legend className="field__label">Variables</legend>
      <p id="tpl-vars-hint" className="field__hint">
        Inserts at the cursor in the {textFieldNames[target]}; click in another field to insert there.
      </p>
      {variables.length === 0 ? (
        <p className="muted">This kind of email has no variables.</p>
      ) : (
        <ul className="tpl-vars__list">
          {variables.map((name) => (
            <li key={name}>
              <button
                type="button"
                className="tpl-chip"
                disabled={disabled}
                // Keep the caret where it is: focus would otherwise leave the field on press.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(name)}
              >
                <span aria-hidden="true">{'{{'}</span>
                {name}
                <span aria-hidden="true">{'}}'}</span>
                <span className="visually-hidden"> insert into {textFieldNames[target]}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
