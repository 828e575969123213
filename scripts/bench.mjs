#!/usr/bin/env node
// `pnpm bench`: the benchmarks that exist so far. The full suite (HTTP endpoints with autocannon,
// baselines, bench:seed, results/latest.json) arrives with the benchmark issue (#10).
import { spawnSync } from 'node:child_process';

const smoke = process.argv.includes('--smoke');
const benches = [
  {
    name: 'portal document list (200 buildings, 20k documents) vs the same bare SQL',
    // This process (load generator, SQL timings) on core 1; the API it spawns pins itself to core 0.
    command: 'taskset',
    args: ['-c', '1', 'pnpm', '--filter', '@portico/api', 'exec', 'tsx', 'bench/portal-documents.bench.ts'],
  },
  {
    name: 'worker email delivery vs nodemailer alone',
    args: ['--filter', '@portico/worker', 'exec', 'tsx', 'bench/delivery.bench.ts'],
  },
];

let failed = 0;
for (const bench of benches) {
  console.log(`==> ${bench.name}`);
  const run = spawnSync(bench.command ?? 'pnpm', bench.args, {
    stdio: 'inherit',
    env: { ...process.env, ...(smoke ? { BENCH_SMOKE: '1', BENCH_EMAILS: '200' } : {}) },
  });
  if (run.status !== 0) failed++;
}
console.log(
  'More benchmarks (API endpoints, bulk invites, adoption report) arrive with the benchmark issue (#10).',
);
process.exit(failed === 0 ? 0 : 1);
