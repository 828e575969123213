export * from './client';
export * from './credentials';
export { migrateDatabase, migrationsFolder } from './migrate';
export type {
  ActivityType,
  ActorType,
  ApiKeyScope,
  DefectSeverity,
  DefectStatus,
  DocumentKind,
  InvitationEventType,
  InviteStatus,
  InvoiceReminderStage,
  MessageAuthorKind,
  MessageThreadStatus,
  NotificationCategory,
  NotificationChoice,
  NotificationPreferenceSource,
  Permission,
  PortalLinkPurpose,
  PortalPanels,
  ProposalDecision,
  QuoteKind,
  QuoteStatus,
  ServiceRequestActor,
  ServiceRequestStatus,
  ServiceRequestUrgency,
  SessionAudience,
  TaskKind,
  TaskStage,
  TemplateKind,
  WebhookDeliveryEventType,
  WebhookDeliveryStatus,
  WebhookEventType,
} from './schema';
export * as schema from './schema';
export { apiKeyScopes, defaultPortalPanels, permissions, webhookEventTypes } from './schema';
export { defaultTemplates } from './seed/default-templates';
export { demoSignIns } from './seed/demo-data';
export { type SeedResult, seedDemo, seedDemoIfEmpty } from './seed/seed-demo';
