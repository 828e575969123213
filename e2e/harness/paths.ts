import { fileURLToPath } from 'node:url';

/** The repository root, whatever directory jest was started from. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Screenshots land here (gitignored); one folder per test file. */
export const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));
