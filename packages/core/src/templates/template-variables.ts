import { schema, type TemplateKind } from '@portico/db';
import { DomainError, type FieldError } from '../errors';

export const templateKinds: readonly TemplateKind[] = schema.templateKind.enumValues;

/**
 * The `{{variables}}` each kind of email can fill. The sender supplies exactly these, so a
 * template naming anything else would silently render an empty gap in a customer's email.
 */
export const templateVariables: Record<TemplateKind, readonly string[]> = {
  invitation: ['contactFirstName', 'contactLastName', 'organizationName', 'inviteUrl', 'expiryDate'],
  invitation_reminder: ['contactFirstName', 'contactLastName', 'organizationName', 'inviteUrl', 'expiryDate'],
  password_reset: ['contactFirstName', 'organizationName', 'resetUrl'],
  magic_link: ['contactFirstName', 'organizationName', 'signInUrl'],
  document_shared: [
    'contactFirstName',
    'organizationName',
    'documentKind',
    'documentTitle',
    'documentUrl',
    'buildingName',
  ],
  export_delivery: ['organizationName', 'reportName'],
};

/** Limits of the editable text, shared with the API's request schemas. */
export const templateLimits = { name: 200, subject: 200, body: 100_000 } as const;

export interface TemplateText {
  subject?: string | undefined;
  htmlBody?: string | undefined;
  textBody?: string | undefined;
}

// Wider than the renderer's pattern on purpose: `{{ first_name }}` or `{{contact.name}}` would not
// render as a variable at all and would reach the customer verbatim, so they count as unknown too.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholder names in a text that the kind does not know, each once, in order of appearance. */
export function unknownVariables(kind: TemplateKind, text: string): string[] {
  const allowed = templateVariables[kind];
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
  return [...new Set(names.filter((name) => !allowed.includes(name)))];
}

/** 400 naming every unknown variable per field, with the kind's allowed names to choose from. */
export function assertKnownVariables(kind: TemplateKind, text: TemplateText): void {
  const allowed = templateVariables[kind];
  const found = (['subject', 'htmlBody', 'textBody'] as const).flatMap((field) =>
    unknownVariables(kind, text[field] ?? '').map((name) => ({ field, name })),
  );
  if (found.length === 0) return;
  const errors: FieldError[] = found.map(({ field, name }) => ({
    field,
    message: `uses the unknown variable {{${name}}}; ${kind} templates can use ${allowed.join(', ')}`,
  }));
  const names = [...new Set(found.map((f) => `{{${f.name}}}`))];
  throw new DomainError(
    'validation',
    `Unknown template variable${names.length === 1 ? '' : 's'} ${names.join(', ')}. A ${kind} template can use: ${allowed.join(', ')}.`,
    { errors, allowedVariables: [...allowed] },
  );
}
