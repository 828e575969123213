/**
 * `pnpm bench:seed --accounts N`: a realistic benchmark organization (see generate.ts).
 * Writes into BENCH_DATABASE_URL when set (migrated first; must not hold the bench organization
 * yet), otherwise into a fresh database `portico_bench` (dropped and recreated).
 */
import { migrateDatabase } from '@portico/db';
import pg from 'pg';
import { freshDatabase } from './database';
import { defaultDatabaseName } from './fixtures';
import { seedBench } from './generate';

export function parseAccounts(argv: string[], fallback: number): number {
  const i = argv.indexOf('--accounts');
  const raw = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--accounts='))?.split('=')[1];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 10) throw new Error(`--accounts must be an integer >= 10, got "${raw}"`);
  return n;
}

/** Seeds N accounts into the bench database and answers its URL. */
export async function seedDatabase(n: number, url = process.env.BENCH_DATABASE_URL): Promise<string> {
  let target = url;
  if (target) await migrateDatabase(target);
  else target = await freshDatabase(defaultDatabaseName);
  const client = new pg.Client({ connectionString: target, application_name: 'portico-bench-seed' });
  await client.connect();
  try {
    console.log(`seeding ${n} accounts into ${target.replace(/\/\/[^@]*@/, '//')}`);
    const result = await seedBench(client, n);
    const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
    console.log(`seeded ${total} rows in ${result.seconds.toFixed(1)} s`);
    console.table(result.counts);
  } finally {
    await client.end();
  }
  return target;
}

const invokedDirectly = process.argv[1]?.endsWith('seed/main.ts');
if (invokedDirectly) {
  try {
    await seedDatabase(parseAccounts(process.argv.slice(2), 1000));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
