import { migrateDatabase } from '@portico/db';
import pg from 'pg';
import { serverUrl } from './fixtures';

/** The URL of database `name` on the server of `serverUrl`. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Drops (if present) and recreates database `name`, migrated. */
export async function freshDatabase(name: string): Promise<string> {
  await onServer(async (c) => {
    await c.query(`drop database if exists ${ident(name)} with (force)`);
    await c.query(`create database ${ident(name)}`);
  });
  const url = databaseUrl(name);
  await migrateDatabase(url);
  return url;
}

/** A throwaway copy of a seeded database, so a run's writes (bulk invites) never touch the seed. */
export async function cloneDatabase(source: string, name: string): Promise<string> {
  await onServer(async (c) => {
    await c.query(`drop database if exists ${ident(name)} with (force)`);
    // CREATE DATABASE … TEMPLATE needs the source to have no other connections.
    await c.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [source],
    );
    await c.query(`create database ${ident(name)} template ${ident(source)}`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await onServer((c) => c.query(`drop database if exists ${ident(name)} with (force)`));
}

export async function databaseExists(name: string): Promise<boolean> {
  return onServer(async (c) => {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    return r.rowCount === 1;
  });
}
