import type { ApiKeyScope } from './api-keys';

/** Every scope a key can hold, in the order the form offers them, with what it lets a system do. */
export const scopeChoices: readonly { scope: ApiKeyScope; label: string; hint: string }[] = [
  { scope: 'accounts:write', label: 'Accounts', hint: 'Create and update your customers’ accounts.' },
  {
    scope: 'buildings:write',
    label: 'Buildings',
    hint: 'Create and update the buildings of those accounts.',
  },
  {
    scope: 'contacts:write',
    label: 'Contacts',
    hint: 'Create and update contacts and their links to accounts and buildings.',
  },
  {
    scope: 'documents:write',
    label: 'Documents',
    hint: 'Push inspection reports, service reports, proposals and invoices, with their PDF files.',
  },
  { scope: 'defects:write', label: 'Defects', hint: 'Push the defects found at inspections.' },
  { scope: 'assets:write', label: 'Assets', hint: 'Push the equipment recorded at each building.' },
  { scope: 'tasks:write', label: 'Tasks', hint: 'Push routine and reactive tasks with their stages.' },
  { scope: 'quotes:write', label: 'Quotes', hint: 'Push defect and service quotes.' },
];

export const scopeLabel = (scope: ApiKeyScope) =>
  scopeChoices.find((choice) => choice.scope === scope)?.label ?? scope;
