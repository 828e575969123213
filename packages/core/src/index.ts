export * from './accounts/accounts';
export * from './activity/activity';
export * from './audience';
export * from './buildings/buildings';
export * from './client-groups/client-groups';
export * from './contacts/contact-list';
export * from './contacts/contact-view';
export * from './contacts/contacts';
export * from './contacts/portal-status';
export type { OfficeContext } from './context';
export * from './errors';
export * from './help-articles';
export * from './inbound-contacts';
export * from './ingest';
export * from './integrations';
export * from './invitation-letters';
export * from './invitations/batch-expiry';
export * from './invitations/batch-scope';
export * from './invitations/batches';
export * from './invitations/bulk-invite';
export * from './invitations/delivery';
export * from './invitations/email-failures';
export * from './invitations/events';
export * from './invitations/history';
export {
  type EmailTemplateText,
  type InvitationEmail,
  type InvitationEmailKind,
  inviteUrlOf,
  type LinkOptions,
  loadInvitationEmail,
} from './invitations/invitation-email';
export * from './invitations/invitation-links';
export * from './invitations/invitations';
export * from './invitations/reconcile-sends';
export * from './invitations/reminders';
export * from './invitations/rules';
export * from './jobs/job-map';
export * from './jobs/outbox';
export * from './messages';
export * from './notices';
export * from './notification-preferences';
export * from './office-auth/office-users';
export * from './pagination';
export * from './payments';
export * from './portal-auth/accept-invitation';
export * from './portal-auth/link-delivery';
export * from './portal-auth/password-policy';
export * from './portal-auth/portal-contacts';
export * from './portal-auth/portal-links';
export * from './portal-auth/portal-sign-in';
export * from './portal-auth/portal-views';
export * from './portal-auth/suspension';
export * from './portal-content';
export * from './portal-dashboard';
export * from './portal-previews';
export * from './report-delivery';
export * from './report-exports';
export * from './reports/adoption-report';
export * from './reports/channel-shift';
export * from './reports/usage';
export * from './service-requests';
export * from './sessions/refresh-tokens';
export * from './settings/settings';
export * from './sso';
export * from './templates/template-preview';
export * from './templates/template-variables';
export * from './templates/templates';
export * from './webhooks';
