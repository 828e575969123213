// Browser tests (e2e/): jest drives Chromium through playwright-core against the real stack, which
// each test file starts in-process (e2e/harness/stack.ts). scripts/test.mjs runs this config as a
// second jest run, with --experimental-vm-modules like the first, and adds its results to the count.

const workspaces = {
  '^@portico/api$': '<rootDir>/apps/api/src/index.ts',
  '^@portico/worker$': '<rootDir>/apps/worker/src/index.ts',
  '^@portico/db$': '<rootDir>/packages/db/src/index.ts',
  '^@portico/db/testing$': '<rootDir>/packages/db/src/testing/index.ts',
};

/** @type {import('jest').Config} */
export default {
  displayName: 'browser',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/tests/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } },
    ],
  },
  moduleNameMapper: {
    // e2e/ is no workspace package: the services it starts are loaded from their sources.
    ...workspaces,
    // As in jest.config.js: @fastify/static require()s the ESM-only content-disposition 3.
    '^content-disposition$': 'content-disposition-cjs',
  },
  globalSetup: '<rootDir>/e2e/harness/global-setup.ts',
  globalTeardown: '<rootDir>/e2e/harness/global-teardown.ts',
  // Each file runs its own API, worker and Chromium: two at a time keep both cores busy without
  // starving the browser (a starved renderer turns waits into timeouts).
  maxWorkers: 2,
  // A step waits for the stack (emails, progress), never for a fixed time; this only ends a hung test.
  testTimeout: 60_000,
};
