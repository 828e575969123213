#!/usr/bin/env node
// `pnpm bench`: the benchmarks that exist so far. The full suite (HTTP endpoints with autocannon,
// baselines, bench:seed, results/latest.json) arrives with the benchmark issue (#10).
import { spawnSync } from 'node:child_process';

const benches = [
  {
    name: 'worker email delivery vs nodemailer alone',
    args: ['--filter', '@portico/worker', 'exec', 'tsx', 'bench/delivery.bench.ts'],
  },
];

let failed = 0;
for (const bench of benches) {
  console.log(`==> ${bench.name}`);
  const run = spawnSync('pnpm', bench.args, { stdio: 'inherit', env: process.env });
  if (run.status !== 0) failed++;
}
console.log(
  'More benchmarks (API endpoints, bulk invites, adoption report) arrive with the benchmark issue (#10).',
);
process.exit(failed === 0 ? 0 : 1);
