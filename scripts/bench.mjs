#!/usr/bin/env node
// `pnpm bench`: the benchmark suite (bench/harness/main.ts; see the README's "Benchmarks").
//   pnpm bench                      full sizes; seeds `portico_bench` (100k accounts) when missing
//   pnpm bench --accounts 10000     reseed at that size first
//   pnpm bench --smoke              tiny sizes, one short round (CI): fails only on errors
//   pnpm bench --only=portal-documents,adoption-report   a subset (keys in bench/harness/endpoints.ts)
//   pnpm bench --standalone         also the self-contained portal document bench (apps/api/bench)
// The harness (autocannon, SQL timings) runs pinned to core 1; it pins the servers it starts to core 0.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2).filter((a) => a !== '--standalone');
const run = (command, commandArgs, env = {}) =>
  spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

// On a one-core machine there is nothing to split: run unpinned (the figures then mean little).
const pinned = (cmd) =>
  availableParallelism() >= 2 ? ['taskset', ['-c', '1', ...cmd]] : [cmd[0], cmd.slice(1)];
const status = run(...pinned(['pnpm', 'exec', 'tsx', 'bench/harness/main.ts', ...args]));
let standalone = 0;
if (process.argv.includes('--standalone')) {
  console.log('==> portal document list, self-contained (apps/api/bench/portal-documents.bench.ts)');
  standalone = run(
    ...pinned(['pnpm', '--filter', '@portico/api', 'exec', 'tsx', 'bench/portal-documents.bench.ts']),
    args.includes('--smoke') ? { BENCH_SMOKE: '1' } : {},
  );
}
process.exit(status !== 0 ? status : standalone);
