import { type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';
import { insertAt, type TemplateDraft, type TextField, textFieldLabels } from './template-draft';
import { VariableChips } from './variable-chips';

interface TemplateTextFieldsProps {
  draft: TemplateDraft;
  variables: readonly string[];
  errors: Record<string, string>;
  disabled: boolean;
  onChange: (field: TextField, value: string) => void;
}

type Editable = HTMLInputElement | HTMLTextAreaElement;

/** Subject, HTML and text editors sharing one row of variable chips that insert at the caret. */
export function TemplateTextFields({
  draft,
  variables,
  errors,
  disabled,
  onChange,
}: TemplateTextFieldsProps) {
  const refs = {
    subject: useRef<HTMLInputElement>(null),
    htmlBody: useRef<HTMLTextAreaElement>(null),
    textBody: useRef<HTMLTextAreaElement>(null),
  };
  const [target, setTarget] = useState<TextField>('htmlBody');
  // Where the caret goes once the inserted variable is on screen (set by insert, used after commit).
  const pendingCaret = useRef<{ field: TextField; caret: number } | null>(null);

  useLayoutEffect(() => {
    const pending = pendingCaret.current;
    if (!pending) return;
    pendingCaret.current = null;
    const element: Editable | null = refs[pending.field].current;
    element?.focus();
    element?.setSelectionRange(pending.caret, pending.caret);
  });

  function insert(variable: string) {
    const element: Editable | null = refs[target].current;
    const value = draft[target];
    // No caret (not rendered yet): append.
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? start;
    const { text, caret } = insertAt(value, `{{${variable}}}`, start, end);
    pendingCaret.current = { field: target, caret };
    onChange(target, text);
  }

  const common = (field: TextField) => ({
    value: draft[field],
    disabled,
    onFocus: () => setTarget(field),
    onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
  });

  return (
    <>
      <VariableChips variables={variables} target={target} onInsert={insert} disabled={disabled} />
      <FieldFrame field="subject" error={errors.subject}>
        {(props) => <input {...props} {...common('subject')} ref={refs.subject} maxLength={200} />}
      </FieldFrame>
      <FieldFrame field="htmlBody" error={errors.htmlBody} hint="HTML; variable values are escaped.">
        {(props) => (
          <textarea {...props} {...common('htmlBody')} ref={refs.htmlBody} rows={12} spellCheck={false} />
        )}
      </FieldFrame>
      <FieldFrame field="textBody" error={errors.textBody} hint="For email apps that do not show HTML.">
        {(props) => <textarea {...props} {...common('textBody')} ref={refs.textBody} rows={8} />}
      </FieldFrame>
    </>
  );
}

interface ControlProps {
  id: string;
  className: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** Label, hint and error around a control, wired with ids (as TextField does for inputs). */
function FieldFrame({
  field,
  error,
  hint,
  children,
}: {
  field: TextField;
  error: string | undefined;
  hint?: string;
  children: (props: ControlProps) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error && 'field--invalid'].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {textFieldLabels[field]}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children({
        id,
        className: field === 'subject' ? 'field__input' : 'field__input tpl-code',
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
      })}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
