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
  Permission,
  PortalLinkPurpose,
  PortalPanels,
  ProposalDecision,
  QuoteKind,
  QuoteStatus,
  SessionAudience,
  TaskKind,
  TaskStage,
  TemplateKind,
} from './schema';
export * as schema from './schema';
export { apiKeyScopes, defaultPortalPanels, permissions } from './schema';
export { defaultTemplates } from './seed/default-templates';
export { demoSignIns } from './seed/demo-data';
export { type SeedResult, seedDemo, seedDemoIfEmpty } from './seed/seed-demo';
