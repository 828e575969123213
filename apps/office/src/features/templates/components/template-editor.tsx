import { fieldErrors, problemMessage } from '@portico/api-client';
import { Spinner, TextField } from '@portico/ui';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { kindInfo, type Template, type TemplateKind } from '../api/template-kinds';
import { useCreateTemplate, useUpdateTemplate } from '../api/templates';
import { DefaultToggle } from './default-toggle';
import { DeleteTemplate } from './delete-template';
import { changedFields, missingFields, type TemplateDraft } from './template-draft';
import { TemplatePreview } from './template-preview';
import { TemplateTextFields } from './template-text-fields';

const PREVIEW_DELAY_MS = 400;

type TemplateEditorProps = {
  kind: TemplateKind;
  variables: readonly string[];
  initial: TemplateDraft;
  /** undefined while /me loads. */
  canManage: boolean | undefined;
  /** The saved template; absent for a new one. */
  saved?: Template;
};

export function TemplateEditor({ kind, variables, initial, canManage, saved }: TemplateEditorProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [savedNote, setSavedNote] = useState(false);
  const create = useCreateTemplate();
  const update = useUpdateTemplate(saved?.id ?? '');
  const save = saved ? update : create;
  const navigate = useNavigate();
  const readOnly = canManage !== true;

  const text = useDebouncedValue(
    { subject: draft.subject, htmlBody: draft.htmlBody, textBody: draft.textBody },
    PREVIEW_DELAY_MS,
  );
  const changes = saved ? changedFields(saved, draft) : null;
  const dirty = changes === null || Object.keys(changes).length > 0;

  function edit<K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors(({ [key]: _, ...rest }) => rest);
    setSavedNote(false);
    if (save.isError) save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingFields(draft);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const onError = (error: unknown) => setErrors(fieldErrors(error));
    if (saved && changes) {
      update.mutate(changes, { onError, onSuccess: () => setSavedNote(true) });
    } else {
      create.mutate(
        { kind, ...draft, name: draft.name.trim() },
        {
          onError,
          onSuccess: (created) =>
            navigate(`/templates/${created.id}`, { replace: true, state: { created: true } }),
        },
      );
    }
  }

  return (
    <div className="tpl-editor">
      <form
        className="tpl-form"
        onSubmit={submit}
        noValidate
        aria-label={saved ? 'Edit template' : 'New template'}
      >
        {canManage === false && (
          <p className="alert alert--info">
            You can read this template; changing it needs the settings.manage permission.
          </p>
        )}
        <TextField
          label="Name"
          hint="Only the office sees it, e.g. when choosing a template to send."
          value={draft.name}
          onChange={(event) => edit('name', event.target.value)}
          error={errors.name}
          maxLength={200}
          disabled={readOnly}
          autoComplete="off"
        />
        <TemplateTextFields
          draft={draft}
          variables={variables}
          errors={errors}
          disabled={readOnly}
          onChange={(field, value) => edit(field, value)}
        />
        <DefaultToggle
          kindLabel={kindInfo[kind].label}
          checked={draft.isDefault}
          savedDefault={saved?.isDefault === true}
          disabled={readOnly}
          onChange={(value) => edit('isDefault', value)}
          error={errors.isDefault}
        />
        {!readOnly && (
          <div className="tpl-actions">
            <button type="submit" className="button button--primary" disabled={save.isPending || !dirty}>
              {save.isPending ? (
                <>
                  <Spinner size="sm" /> Saving…
                </>
              ) : saved ? (
                'Save changes'
              ) : (
                'Create template'
              )}
            </button>
            <Link className="button button--secondary" to="/templates">
              {saved ? 'Back to templates' : 'Cancel'}
            </Link>
            <p className="tpl-actions__status" role="status">
              {savedNote && !dirty ? 'Changes saved.' : ''}
            </p>
          </div>
        )}
        {save.isError && (
          <p className="alert alert--error" role="alert">
            {Object.keys(fieldErrors(save.error)).length > 0
              ? 'Not saved: see the messages next to the fields.'
              : problemMessage(save.error)}
          </p>
        )}
        {saved && !readOnly && (
          <div className="tpl-delete">
            <DeleteTemplate template={saved} />
          </div>
        )}
      </form>
      <TemplatePreview kind={kind} text={text} />
    </div>
  );
}
