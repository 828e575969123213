// One jest run for every server-side workspace. ESM throughout (typebox 1.x ships only ESM),
// so jest runs with --experimental-vm-modules and swc strips the types.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api', '<rootDir>/apps/worker', '<rootDir>/packages'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/e2e/'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } }],
  },
  globalSetup: '<rootDir>/packages/db/src/testing/global-setup.ts',
  testTimeout: 30000,
};
