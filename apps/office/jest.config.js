// Component tests of the office console: jsdom, swc for TS/TSX with React's automatic runtime,
// ESM like the server project (run from the root config's `projects`).

const swc = {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2023',
  },
  module: { type: 'es6' },
};

/** @type {import('jest').Config} */
export default {
  displayName: 'office',
  testEnvironment: '<rootDir>/src/test/jsdom-environment.js',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
  moduleNameMapper: {
    // @portico/ui is TSX source linked under node_modules, which jest does not transform: map it
    // to its real path so swc compiles it like the app's own files.
    '^@portico/ui$': '<rootDir>/../../packages/ui/src/index.ts',
    // src/lib/api.ts reads import.meta.env, which only Vite provides; tests get the same client
    // wired to a fetch they control (src/test/api.ts).
    '^(\\.{1,2}/)+lib/api$': '<rootDir>/src/test/api.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
};
