import type { ResponseBody } from '@portico/api-client';

export type Template = ResponseBody<'getTemplate'>;
export type TemplateKind = Template['kind'];

/** In the order the office meets them: the invitation flow first. */
export const templateKinds: readonly TemplateKind[] = [
  'invitation',
  'invitation_reminder',
  'password_reset',
  'magic_link',
  'document_shared',
  'export_delivery',
];

export const kindInfo: Record<TemplateKind, { label: string; text: string }> = {
  invitation: { label: 'Invitation', text: 'Sent when a contact is invited to the customer portal.' },
  invitation_reminder: {
    label: 'Invitation reminder',
    text: 'Sent when an invitation is still not accepted after the reminder delay.',
  },
  password_reset: { label: 'Password reset', text: 'Sent when a customer asks to reset their password.' },
  magic_link: { label: 'Magic link', text: 'Sent when a customer asks for a sign-in link by email.' },
  document_shared: { label: 'Document shared', text: 'Sent when a document is published to a customer.' },
  export_delivery: { label: 'Export delivery', text: 'Sent with a scheduled export of portal reports.' },
};

export const isTemplateKind = (value: string | null): value is TemplateKind =>
  templateKinds.some((kind) => kind === value);
