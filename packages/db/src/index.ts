export * from './client';
export * from './credentials';
export { migrateDatabase, migrationsFolder } from './migrate';
export * as schema from './schema';
export { defaultTemplates } from './seed/default-templates';
export { demoSignIns } from './seed/demo-data';
export { seedDemo, seedDemoIfEmpty, type SeedResult } from './seed/seed-demo';
export { defaultPortalPanels, permissions } from './schema';
export type {
  ActorType,
  InvitationEventType,
  InviteStatus,
  Permission,
  PortalPanels,
  SessionAudience,
  TemplateKind,
} from './schema';
