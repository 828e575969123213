import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrateDatabase, migrationsFolder } from '../migrate';

/** The server tests run against; each test file gets a database of its own on it. */
export function testServerUrl(): string {
  return (
    process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Named after the migrations' content, so a changed migration gets a fresh template. */
export function templateName(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsFolder).sort()) {
    if (file.endsWith('.sql')) hash.update(readFileSync(join(migrationsFolder, file)));
  }
  return `portico_tpl_${hash.digest('hex').slice(0, 12)}`;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template once per run (called from jest's globalSetup). */
export async function ensureTemplateDatabase(): Promise<void> {
  const name = templateName();
  const exists = await withAdmin(async (c) => {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    return r.rowCount === 1;
  });
  if (exists) return;
  const building = `${name}_build_${randomBytes(3).toString('hex')}`;
  await withAdmin((c) => c.query(`create database "${building}"`));
  await migrateDatabase(withDatabase(testServerUrl(), building));
  // Renaming last makes the template appear only once it is complete.
  await withAdmin(async (c) => {
    await c.query(`alter database "${building}" rename to "${name}"`).catch(async (error: unknown) => {
      await c.query(`drop database if exists "${building}"`);
      if (!String(error).includes('already exists')) throw error;
    });
  });
}

export interface TestDatabase {
  url: string;
  drop: () => Promise<void>;
}

/** A fresh, migrated, empty database cloned from the template: fast and isolated per test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = templateName();
  const name = `portico_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (c) => {
    // Concurrent clones of one template can collide briefly; retry a few times.
    for (let attempt = 0; ; attempt++) {
      try {
        await c.query(`create database "${name}" template "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !String(error).includes('being accessed by other users')) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return {
    url: withDatabase(testServerUrl(), name),
    drop: () =>
      withAdmin(async (c) => void (await c.query(`drop database if exists "${name}" with (force)`))),
  };
}
