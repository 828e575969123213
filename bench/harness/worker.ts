import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Row } from './report';
import { median } from './stats';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface DeliveryFigures {
  emails: number;
  nodemailerPerSecond: number;
  workerPerSecond: number;
  ratio: number;
}

/** One run of apps/worker/bench/delivery.bench.ts; its exit code only says whether it met the target. */
function runOnce(emails: number): Promise<DeliveryFigures> {
  return new Promise((resolve, reject) => {
    let out = '';
    const child = spawn('pnpm', ['--filter', '@portico/worker', 'exec', 'tsx', 'bench/delivery.bench.ts'], {
      cwd: root,
      env: { ...process.env, BENCH_EMAILS: String(emails) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.on('exit', () => {
      const line = out
        .split('\n')
        .reverse()
        .find((l) => l.startsWith('{') && l.includes('workerPerSecond'));
      if (!line) reject(new Error(`the delivery bench printed no figures:\n${out.slice(-2000)}`));
      else resolve(JSON.parse(line) as DeliveryFigures);
    });
  });
}

/** Worker vs nodemailer alone against the same counting SMTP sink, median of `rounds` runs. */
export async function workerThroughput(emails: number, rounds: number): Promise<Row[]> {
  const runs: DeliveryFigures[] = [];
  for (let r = 0; r < rounds; r++) runs.push(await runOnce(emails));
  const raw = median(runs.map((r) => r.nodemailerPerSecond));
  const worker = median(runs.map((r) => r.workerPerSecond));
  const ratio = median(runs.map((r) => r.ratio));
  return [
    {
      key: 'nodemailer',
      name: `nodemailer straight to the SMTP sink (${emails} emails)`,
      rps: raw,
      baseline: 'itself',
      target: '—',
      met: null,
    },
    {
      key: 'worker',
      name: `Worker email delivery: outbox → BullMQ → SMTP (${emails} emails)`,
      rps: worker,
      baseline: `nodemailer ${raw}/s`,
      ratio,
      target: '≥ 0.5x nodemailer',
      met: ratio >= 0.5,
    },
  ];
}
