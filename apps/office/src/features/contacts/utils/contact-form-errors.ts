import { fieldErrors, problemMessage, problemStatus } from '@portico/api-client';

/** The inputs of the contact forms an API error can point at. */
export type ContactField =
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'jobTitle'
  | 'accounts'
  | 'buildings'
  | 'access'
  | 'invite';

export interface ContactFormErrors {
  fields: Partial<Record<ContactField, string>>;
  /** For the alert above the form: what no single field explains, or a pointer to the fields. */
  form: string | null;
}

const direct: readonly ContactField[] = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'invite'];

/** `accounts.0.accountId` → accounts, `buildingIds.2` → buildings, `access.invoices` → access. */
function fieldOf(apiField: string): ContactField | null {
  const head = apiField.split('.')[0] ?? '';
  if (head === 'accounts') return 'accounts';
  if (head === 'buildingIds') return 'buildings';
  if (head === 'access') return 'access';
  return direct.find((field) => field === head) ?? null;
}

/**
 * Puts each of the API's problem `errors` next to its input (409 duplicate email, 422 "no email"
 * when inviting, 400 validation), and keeps the rest for the form's alert.
 */
export function contactFormErrors(error: unknown): ContactFormErrors {
  if (!error) return { fields: {}, form: null };
  const fields: Partial<Record<ContactField, string>> = {};
  const unplaced: string[] = [];
  for (const [apiField, message] of Object.entries(fieldErrors(error))) {
    const field = fieldOf(apiField);
    if (field && !fields[field]) fields[field] = message;
    else if (!field) unplaced.push(`${apiField}: ${message}`);
  }
  const placed = Object.keys(fields).length > 0;
  if (problemStatus(error) === 403) return { fields, form: problemMessage(error) };
  if (placed && unplaced.length === 0) return { fields, form: 'Check the highlighted fields and try again.' };
  return { fields, form: [problemMessage(error), ...unplaced].join(' ') };
}
