// Fault tests (`pnpm test:faults`): the real worker as a child process killed mid-send, Redis and
// PostgreSQL stopped under load, two API instances and two workers side by side. Heavy and slow
// by nature, so apart from the main run; scripts/test.mjs runs them after it at small sizes
// (FAULT_CONTACTS, default 500) and adds them to the same count.

/** @type {import('jest').Config} */
export default {
  displayName: 'faults',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api/test/faults'],
  testMatch: ['**/*.fault.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' } },
    ],
  },
  // As in jest.config.js: @fastify/static require()s the ESM-only content-disposition 3.
  moduleNameMapper: { '^content-disposition$': 'content-disposition-cjs' },
  globalSetup: '<rootDir>/packages/db/src/testing/global-setup.ts',
  // One file at a time: each runs its own workers, Redis or PostgreSQL, and the machine has 2 cores.
  maxWorkers: 1,
  // Each step waits for a condition; this only ends a hung test.
  testTimeout: 600_000,
};
