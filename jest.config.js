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
  // @fastify/static (under @fastify/swagger-ui) require()s the ESM-only content-disposition 3, which
  // jest cannot load on Node 20; its CommonJS 0.5 line has the same API for what static uses.
  moduleNameMapper: { '^content-disposition$': 'content-disposition-cjs' },
  globalSetup: '<rootDir>/packages/db/src/testing/global-setup.ts',
  testTimeout: 30000,
};
