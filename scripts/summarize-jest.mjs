#!/usr/bin/env node
// Sums jest --json results into the one closing line CI reads: "N passed, N failed".
//
//   node scripts/summarize-jest.mjs results.json [more.json...]
//
// A suite that failed without a failed test (it did not compile, its imports threw, a hook
// failed) counts as one failed test: otherwise a broken file would vanish from the count.
// A results file that is missing or unreadable counts as one failed too.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param {Array<{ numPassedTests?: number; numFailedTests?: number;
 *   testResults?: Array<{ status: string; assertionResults?: Array<{ status: string }> }> }>} results
 * @returns {{ passed: number; failed: number }}
 */
export function summarizeJestResults(results) {
  let passed = 0;
  let failed = 0;
  for (const result of results) {
    passed += result.numPassedTests ?? 0;
    failed += result.numFailedTests ?? 0;
    for (const suite of result.testResults ?? []) {
      const failedTests = (suite.assertionResults ?? []).filter((test) => test.status === 'failed').length;
      if (suite.status === 'failed' && failedTests === 0) failed += 1;
    }
  }
  return { passed, failed };
}

/** @returns {object | null} the parsed results, or null when the file is missing or not JSON */
export function readJestJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

export function formatSummary({ passed, failed }) {
  return `${passed} passed, ${failed} failed`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node scripts/summarize-jest.mjs results.json [more.json...]');
    process.exit(2);
  }
  const results = files.map((file) => {
    const result = readJestJson(file);
    if (result === null) console.error(`${file}: missing or not JSON, counted as 1 failed`);
    return result ?? { numFailedTests: 1 };
  });
  const summary = summarizeJestResults(results);
  console.log(formatSummary(summary));
  process.exitCode = summary.failed > 0 ? 1 : 0;
}
