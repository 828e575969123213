// One jest run for the whole repo, as projects: the server-side workspaces (against the real
// PostgreSQL and Redis) and the office console's component tests (jsdom). ESM throughout
// (typebox 1.x ships only ESM), so jest runs with --experimental-vm-modules and swc strips types.

/** @type {import('jest').Config} */
const server = {
  displayName: 'server',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api', '<rootDir>/apps/worker', '<rootDir>/packages'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/e2e/'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } },
    ],
  },
  // @fastify/static (under @fastify/swagger-ui) require()s the ESM-only content-disposition 3, which
  // jest cannot load on Node 20; its CommonJS 0.5 line has the same API for what static uses.
  moduleNameMapper: { '^content-disposition$': 'content-disposition-cjs' },
  globalSetup: '<rootDir>/packages/db/src/testing/global-setup.ts',
};

/** @type {import('jest').Config} */
export default {
  projects: [server, '<rootDir>/apps/office/jest.config.js', '<rootDir>/apps/portal/jest.config.js'],
  // Read from the global config only (a project's own testTimeout is ignored by the runner).
  testTimeout: 30000,
  // On 2 cores jest's default (cores - 1) runs every file in band, in the runner's own process,
  // and ESM test modules are never freed there: past ~150 files the heap filled and GC stalled the
  // run. Two workers, each replaced once it holds more than 1.5 GB, keep memory flat.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1.5GB',
};
