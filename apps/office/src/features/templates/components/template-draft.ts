import type { Template } from '../api/template-kinds';
import type { TemplateChanges } from '../api/templates';

export interface TemplateDraft {
  name: string;
  subject: string;
  htmlBody: string;
  textBody: string;
  isDefault: boolean;
}

/** The three texts that take {{variables}}, in the order they appear on the page. */
export type TextField = 'subject' | 'htmlBody' | 'textBody';

export const textFieldLabels: Record<TextField, string> = {
  subject: 'Subject',
  htmlBody: 'HTML body',
  textBody: 'Text body',
};

/** For running text: "Inserts at the cursor in the HTML body". */
export const textFieldNames: Record<TextField, string> = {
  subject: 'subject',
  htmlBody: 'HTML body',
  textBody: 'text body',
};

export const toDraft = (t: Pick<Template, keyof TemplateDraft>): TemplateDraft => ({
  name: t.name,
  subject: t.subject,
  htmlBody: t.htmlBody,
  textBody: t.textBody,
  isDefault: t.isDefault,
});

/** What a PATCH needs: only the fields that differ from the saved template. */
export function changedFields(saved: Template, draft: TemplateDraft): TemplateChanges {
  const changes: TemplateChanges = {};
  const name = draft.name.trim();
  if (name !== saved.name) changes.name = name;
  if (draft.subject !== saved.subject) changes.subject = draft.subject;
  if (draft.htmlBody !== saved.htmlBody) changes.htmlBody = draft.htmlBody;
  if (draft.textBody !== saved.textBody) changes.textBody = draft.textBody;
  if (draft.isDefault !== saved.isDefault) changes.isDefault = draft.isDefault;
  return changes;
}

/** The browser's own checks before asking the API: every text is required. */
export function missingFields(draft: TemplateDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.name.trim() === '') errors.name = 'Required.';
  for (const field of ['subject', 'htmlBody', 'textBody'] as const) {
    if (draft[field].trim() === '') errors[field] = 'Required.';
  }
  return errors;
}

/** `text` with `insert` replacing the selection [start, end); returns the caret after it too. */
export function insertAt(text: string, insert: string, start: number, end: number) {
  return { text: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
