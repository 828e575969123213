export * from './client';
export * from './credentials';
export { migrateDatabase, migrationsFolder } from './migrate';
export type {
  ActivityType,
  ActorType,
  InvitationEventType,
  InviteStatus,
  Permission,
  PortalLinkPurpose,
  PortalPanels,
  SessionAudience,
  TemplateKind,
} from './schema';
export * as schema from './schema';
export { defaultPortalPanels, permissions } from './schema';
export { defaultTemplates } from './seed/default-templates';
export { demoSignIns } from './seed/demo-data';
export { type SeedResult, seedDemo, seedDemoIfEmpty } from './seed/seed-demo';
