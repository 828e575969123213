#!/usr/bin/env node
// `pnpm test`: everything CI runs, in order.
//
//   1. static checks: lint, boundary self-test, typecheck, generated api-client up to date.
//      The first that fails stops the run: tests against code that does not type-check only
//      bury the real error.
//   2. jest (apps/api, apps/worker, packages) against the real PostgreSQL and Redis.
//      Extra arguments are passed to this run: `pnpm test -- -t invitation`.
//   3. browser tests: when jest.e2e.config.js exists, a second jest run with that config
//      (Playwright driving /usr/bin/chromium from inside jest tests), so its results arrive in
//      the same JSON shape and add to the same count.
//   4. fault tests (jest.faults.config.js, `pnpm test:faults`): the worker killed mid-send, Redis
//      and PostgreSQL stopped, two instances side by side; at small sizes (FAULT_CONTACTS) and
//      added to the same count.
//
// Always ends with exactly one line, "N passed, N failed", summed over every jest run; a failed
// static step counts as one failed. Exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatSummary, readJestJson, summarizeJestResults } from './summarize-jest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = mkdtempSync(join(tmpdir(), 'portico-test-'));

/** Runs one step with inherited output; true when it exited 0. */
function run(label, command, args) {
  console.log(`\n==> ${label}`);
  const started = Date.now();
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (error) console.error(`${label}: ${error.message}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`<== ${label}: ${status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  return status === 0;
}

/** Runs jest with --json and returns its counts. */
function runJest(label, args) {
  const outputFile = join(resultsDir, `${label.replaceAll(/\W+/g, '-')}.json`);
  const jest = join(root, 'node_modules/jest/bin/jest.js');
  const ok = run(label, process.execPath, [
    '--experimental-vm-modules',
    jest,
    '--json',
    `--outputFile=${outputFile}`,
    ...args,
  ]);
  const results = readJestJson(outputFile);
  if (results === null) {
    console.error(`${label}: jest wrote no results (see its output above); counted as 1 failed`);
    return { passed: 0, failed: 1 };
  }
  const summary = summarizeJestResults([results]);
  // No tests found, a global setup that threw after the results were written, and the like.
  if (!ok && summary.failed === 0) {
    console.error(`${label}: jest failed without a failed test (see its output above); counted as 1 failed`);
    return { passed: summary.passed, failed: 1 };
  }
  return summary;
}

function staticChecksPass() {
  const steps = [
    ['lint', 'pnpm', ['lint']],
    ['module boundaries self-test', process.execPath, ['scripts/check-boundaries.mjs']],
    ['typecheck', 'pnpm', ['typecheck']],
  ];
  if (existsSync(join(root, 'packages/api-client/scripts/generate.ts'))) {
    steps.push(['api-client is up to date', 'pnpm', ['api-client:check']]);
  } else {
    console.warn(
      '\nwarning: skipping api-client:check, packages/api-client/scripts/generate.ts does not exist yet',
    );
  }
  return steps.every(([label, command, args]) => run(label, command, args));
}

function runAll() {
  if (!staticChecksPass()) return [{ passed: 0, failed: 1 }];
  const totals = [runJest('jest', process.argv.slice(2))];
  if (existsSync(join(root, 'jest.e2e.config.js'))) {
    totals.push(runJest('browser tests', ['--config', 'jest.e2e.config.js']));
  }
  if (existsSync(join(root, 'jest.faults.config.js'))) {
    totals.push(runJest('fault tests', ['--config', 'jest.faults.config.js']));
  }
  return totals;
}

let totals;
try {
  totals = runAll();
} catch (error) {
  // A crash of this script is a failure too, and the closing line must still be printed.
  console.error(error);
  totals = [{ passed: 0, failed: 1 }];
} finally {
  rmSync(resultsDir, { recursive: true, force: true });
}
const passed = totals.reduce((sum, t) => sum + t.passed, 0);
const failed = totals.reduce((sum, t) => sum + t.failed, 0);
console.log(formatSummary({ passed, failed }));
process.exitCode = failed > 0 ? 1 : 0;
