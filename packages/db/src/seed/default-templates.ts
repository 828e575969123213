import type { TemplateKind } from '../schema';

interface TemplateText {
  name: string;
  subject: string;
  htmlBody: string;
  textBody: string;
}

/** Starting templates for every organization. {{variables}} are HTML-escaped when rendered. */
export const defaultTemplates: Record<TemplateKind, TemplateText> = {
  invitation: {
    name: 'Portal invitation',
    subject: '{{organizationName}} invites you to the customer portal',
    htmlBody:
      '<p>Hello {{contactFirstName}},</p><p>{{organizationName}} has set up a customer portal where you can see your properties, reports, proposals and invoices.</p><p><a href="{{inviteUrl}}">Accept your invitation</a></p><p>This link expires on {{expiryDate}}.</p>',
    textBody:
      'Hello {{contactFirstName}},\n\n{{organizationName}} has set up a customer portal where you can see your properties, reports, proposals and invoices.\n\nAccept your invitation: {{inviteUrl}}\n\nThis link expires on {{expiryDate}}.',
  },
  invitation_reminder: {
    name: 'Portal invitation reminder',
    subject: 'Reminder: your {{organizationName}} portal invitation',
    htmlBody:
      '<p>Hello {{contactFirstName}},</p><p>Your invitation to the {{organizationName}} customer portal is still waiting.</p><p><a href="{{inviteUrl}}">Accept your invitation</a> before {{expiryDate}}.</p>',
    textBody:
      'Hello {{contactFirstName}},\n\nYour invitation to the {{organizationName}} customer portal is still waiting.\n\nAccept it before {{expiryDate}}: {{inviteUrl}}',
  },
  password_reset: {
    name: 'Password reset',
    subject: 'Reset your {{organizationName}} portal password',
    htmlBody:
      '<p>Hello {{contactFirstName}},</p><p><a href="{{resetUrl}}">Choose a new password</a>. The link works once, for one hour.</p><p>If you did not ask for this, ignore this email.</p>',
    textBody:
      'Hello {{contactFirstName}},\n\nChoose a new password: {{resetUrl}}\nThe link works once, for one hour.\n\nIf you did not ask for this, ignore this email.',
  },
  magic_link: {
    name: 'Sign-in link',
    subject: 'Your {{organizationName}} portal sign-in link',
    htmlBody:
      '<p>Hello {{contactFirstName}},</p><p><a href="{{signInUrl}}">Sign in to the portal</a>. The link works once, for ten minutes.</p>',
    textBody:
      'Hello {{contactFirstName}},\n\nSign in to the portal: {{signInUrl}}\nThe link works once, for ten minutes.',
  },
  document_shared: {
    name: 'New document',
    subject: 'New {{documentKind}} from {{organizationName}}: {{documentTitle}}',
    htmlBody:
      '<p>Hello {{contactFirstName}},</p><p>A new {{documentKind}} for {{buildingName}} is in your portal: <strong>{{documentTitle}}</strong>.</p><p><a href="{{documentUrl}}">Open the {{documentKind}}</a></p>',
    textBody:
      'Hello {{contactFirstName}},\n\nA new {{documentKind}} for {{buildingName}} is in your portal: {{documentTitle}}.\n\nOpen the {{documentKind}}: {{documentUrl}}',
  },
  export_delivery: {
    name: 'Report export',
    subject: '{{reportName}} from {{organizationName}}',
    htmlBody: '<p>Your export of {{reportName}} is attached.</p>',
    textBody: 'Your export of {{reportName}} is attached.',
  },
};
