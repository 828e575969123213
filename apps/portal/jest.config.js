// Component tests of the customer portal: jsdom, swc for TS/TSX with React's automatic runtime,
// ESM like the other projects (run from the root config's `projects`).

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
  displayName: 'portal',
  testEnvironment: '<rootDir>/src/test/jsdom-environment.js',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
  moduleNameMapper: {
    // @portico/ui is TSX source linked under node_modules, which jest does not transform: map it
    // to its real path so swc compiles it like the app's own files.
    '^@portico/ui$': '<rootDir>/../../packages/ui/src/index.ts',
    // src/lib/api.ts reads import.meta.env, which only Vite provides; tests get the same wiring
    // (createPortalApi) talking to a fetch they control (src/test/api.ts). Imported as `./api`
    // inside lib/ and as `…/lib/api` elsewhere.
    '^(\\.{1,2}/)+(lib/)?api$': '<rootDir>/src/test/api.ts',
    // Stylesheets imported by components (Leaflet's) mean nothing to jsdom.
    '\\.css$': '<rootDir>/src/test/style-stub.js',
  },
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
};
