import { problemMessage } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { invitationTemplatesOptions, settingsOptions } from '../api/sender';

export interface SenderChoice {
  /** null: not touched, so the organization's default applies. */
  fromAddress: string | null;
  templateId: string | null;
}

interface SenderFieldsProps {
  value: SenderChoice;
  onChange: (value: SenderChoice) => void;
  fromError: string | undefined;
  templateError: string | undefined;
}

/** The defaults come from the organization's settings and its default invitation template. */
export function useSenderDefaults() {
  const settings = useQuery(settingsOptions());
  const templates = useQuery(invitationTemplatesOptions());
  const items = templates.data?.items ?? [];
  return {
    settings,
    templates,
    fromAddress: settings.data?.defaultEmailFrom ?? '',
    templateId: (items.find((t) => t.isDefault) ?? items[0])?.id ?? '',
  };
}

export function SenderFields({ value, onChange, fromError, templateError }: SenderFieldsProps) {
  const defaults = useSenderDefaults();
  const templateFieldId = useId();
  const items = defaults.templates.data?.items ?? [];
  const templateProblem =
    templateError ?? (defaults.templates.isError ? problemMessage(defaults.templates.error) : undefined);

  return (
    <div className="bulk-sender">
      <TextField
        label="Email from"
        type="email"
        inputMode="email"
        autoComplete="off"
        maxLength={320}
        placeholder={defaults.settings.isPending ? 'Loading…' : 'portal@example.com'}
        hint="The sender your contacts see. Defaults to your organization's address."
        value={value.fromAddress ?? defaults.fromAddress}
        onChange={(event) => onChange({ ...value, fromAddress: event.target.value })}
        error={fromError}
      />
      <div className={['field', templateProblem && 'field--invalid'].filter(Boolean).join(' ')}>
        <label className="field__label" htmlFor={templateFieldId}>
          Notification template
        </label>
        <p className="field__hint" id={`${templateFieldId}-hint`}>
          The invitation email. Templates are kept under Templates.
        </p>
        <select
          id={templateFieldId}
          className="field__input"
          value={value.templateId ?? defaults.templateId}
          onChange={(event) => onChange({ ...value, templateId: event.target.value })}
          disabled={defaults.templates.isPending || items.length === 0}
          aria-describedby={[`${templateFieldId}-hint`, templateProblem && `${templateFieldId}-error`]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={templateProblem ? true : undefined}
        >
          {defaults.templates.isPending && <option value="">Loading templates…</option>}
          {items.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
              {template.isDefault ? ' (default)' : ''}
            </option>
          ))}
        </select>
        {templateProblem && (
          <p className="field__error" id={`${templateFieldId}-error`}>
            {templateProblem}
          </p>
        )}
      </div>
    </div>
  );
}
