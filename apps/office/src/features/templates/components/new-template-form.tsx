import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { kindInfo, type TemplateKind, templateKinds } from '../api/template-kinds';

/** "New template": the kind is chosen first because it decides the variables. */
export function NewTemplateForm() {
  const [kind, setKind] = useState<TemplateKind>('invitation');
  const navigate = useNavigate();
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/templates/new?kind=${kind}`);
  }

  return (
    <form className="tpl-new" onSubmit={submit}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Kind of email
        </label>
        <select
          id={id}
          className="field__input"
          value={kind}
          onChange={(event) => setKind(event.target.value as TemplateKind)}
        >
          {templateKinds.map((option) => (
            <option key={option} value={option}>
              {kindInfo[option].label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--primary">
        New template
      </button>
    </form>
  );
}
