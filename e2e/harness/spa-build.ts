import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths';

export type SpaName = 'office' | 'portal';

/**
 * The apps the browser tests build and serve: every file gets the customer portal served beside
 * the office console, so the links in emails open real portal screens.
 */
export const servedSpas: readonly SpaName[] = ['office', 'portal'];

/** Paths the SPAs reach the API under, as in their vite.config.ts (same origin: the refresh cookie). */
export const apiPaths: readonly string[] = ['/api/', '/portal/', '/docs', '/openapi.json', '/healthz'];

// globalSetup builds each app once per run and hands its folder to the test files (jest workers
// inherit the environment it leaves); globalTeardown, in the same process, removes the builds.
const buildsVariable = 'PORTICO_E2E_BUILDS';
const distVariable = (name: SpaName) => `PORTICO_E2E_${name.toUpperCase()}_DIST`;

/** Builds every served app into a fresh temporary folder. */
export async function buildServedSpas(): Promise<void> {
  const builds = mkdtempSync(join(tmpdir(), 'portico-e2e-'));
  process.env[buildsVariable] = builds;
  try {
    await Promise.all(servedSpas.map((name) => buildSpa(name, join(builds, name))));
  } catch (error) {
    // jest skips globalTeardown when globalSetup throws.
    removeBuilds();
    throw error;
  }
}

export function removeBuilds(): void {
  const builds = process.env[buildsVariable];
  if (builds) rmSync(builds, { recursive: true, force: true });
}

/** `vite build` of apps/<name> into outDir, as production builds it (same-origin API, no VITE_API_URL). */
export async function buildSpa(name: SpaName, outDir: string): Promise<void> {
  const appDir = join(repoRoot, 'apps', name);
  const { VITE_API_URL: _sameOrigin, ...inherited } = process.env;
  // Plain text: a failed build's output is quoted in jest's report.
  const env = { ...inherited, NO_COLOR: '1' };
  try {
    await promisify(execFile)(
      process.execPath,
      [
        join(appDir, 'node_modules/vite/bin/vite.js'),
        'build',
        '--outDir',
        outDir,
        '--emptyOutDir',
        '--logLevel',
        'warn',
      ],
      { cwd: appDir, env, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`vite build of apps/${name} failed:\n${output}`);
  }
  process.env[distVariable(name)] = outDir;
}

/** Where globalSetup built the app. */
export function builtSpaDir(name: SpaName): string {
  const dir = process.env[distVariable(name)];
  if (!dir)
    throw new Error(`apps/${name} was not built: run the browser tests with --config jest.e2e.config.js`);
  return dir;
}
