export * from './content-factories';
export * from './factories';
export {
  createTestDatabase,
  ensureTemplateDatabase,
  type TestDatabase,
  testServerUrl,
} from './test-database';
