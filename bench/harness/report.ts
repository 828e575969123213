import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ExplainCheck } from './explain';
import { round } from './stats';

/** One line of the results table. Latencies in ms; `rps` is requests (or emails) per second. */
export interface Row {
  key: string;
  name: string;
  p50?: number;
  p99?: number;
  rps?: number;
  requests?: number;
  errors?: number;
  /** The core function called directly (no HTTP), median ms. */
  coreMs?: number;
  /** The endpoint's SQL run directly with pg, median ms. */
  sqlMs?: number;
  baseline: string;
  ratio?: number;
  target: string;
  /** null when no target applies. */
  met: boolean | null;
  /** The endpoint's statements timed one by one, slowest first (JSON only). */
  statements?: { sql: string; ms: number }[];
}

export interface Results {
  smoke: boolean;
  started: Date;
  finished: Date;
  source: string;
  seededAccounts: number | null;
  load: { before: number[]; after: number[] };
  rows: Row[];
  plans: ExplainCheck[];
  errors: string[];
}

const dir = fileURLToPath(new URL('../results/', import.meta.url));
const n = (x: number | undefined, digits = 2) =>
  x === undefined || Number.isNaN(x) ? '—' : String(round(x, digits));
const loadText = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');

function markdown(r: Results): string {
  const lines = [
    `# Benchmark results${r.smoke ? ' (smoke sizes: proves the suite runs, says nothing of targets)' : ''}`,
    '',
    `Run ${r.started.toISOString()} → ${r.finished.toISOString()} on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
      `database \`${r.source}\`${r.seededAccounts ? ` (seeded with ${r.seededAccounts} accounts)` : ''}.`,
    `Load average (1/5/15 min) before: ${loadText(r.load.before)}; after: ${loadText(r.load.after)}.`,
    '',
    'API and the bare Fastify baseline pinned to core 0, load generator (autocannon) and SQL timings on core 1;',
    "warm-up, then the median of the rounds. Ratio = HTTP p50 ÷ the endpoint's own SQL run directly with pg",
    '(rows without HTTP: as the baseline column says).',
    '',
    '| endpoint | p50 ms | p99 ms | req/s | core fn ms | baseline | ratio | target | met? |',
    '|---|---:|---:|---:|---:|---|---:|---|---|',
    ...r.rows.map(
      (x) =>
        `| ${x.name} | ${n(x.p50)} | ${n(x.p99)} | ${n(x.rps, 0)} | ${n(x.coreMs)} | ${x.baseline} | ${n(x.ratio)} | ${x.target} | ${
          x.met === null ? '—' : x.met ? 'yes' : '**no**'
        } |`,
    ),
    '',
    '## Slowest statement per endpoint (each statement timed alone)',
    '',
    '| endpoint | statements | slowest ms | slowest statement (start) |',
    '|---|---:|---:|---|',
    ...r.rows
      .filter((x) => x.statements && x.statements.length > 0)
      .map((x) => {
        const top = x.statements?.[0];
        return `| ${x.name} | ${x.statements?.length} | ${n(top?.ms)} | \`${(top?.sql ?? '').slice(0, 110).replace(/\|/g, '\\|')}\` |`;
      }),
    '',
    '## EXPLAIN checks',
    '',
    '| endpoint | expected index (any of) | used | ok? |',
    '|---|---|---|---|',
    ...r.plans.map(
      (p) =>
        `| ${p.endpoint} | ${p.expected.join(', ')} | ${p.used.join(', ') || 'none'} | ${p.ok ? 'yes' : '**no**'} |`,
    ),
    ...r.plans
      .filter((p) => p.plan)
      .flatMap((p) => ['', `### Plan: ${p.endpoint}`, '', '```', p.plan ?? '', '```']),
  ];
  if (r.errors.length > 0) lines.push('', '## Errors', '', ...r.errors.map((e) => `- ${e.split('\n')[0]}`));
  return `${lines.join('\n')}\n`;
}

/** bench/results/latest.{json,md}; smoke runs write smoke.{json,md} so they never hide a full run. */
export async function writeResults(r: Results, print = true): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const base = r.smoke ? 'smoke' : 'latest';
  writeFileSync(`${dir}${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  const md = markdown(r);
  writeFileSync(`${dir}${base}.md`, md);
  if (print) console.log(md);
}
