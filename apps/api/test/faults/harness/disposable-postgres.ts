import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './ports';

const run = promisify(execFile);

/** The newest PostgreSQL server binaries installed the Debian way (/usr/lib/postgresql/<v>/bin). */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl')))
    : [];
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1);
  if (!newest) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql');
  return join(root, newest, 'bin');
}

/**
 * A throwaway PostgreSQL cluster on a spare port, so a test can stop and start "the database"
 * without touching the one every other test (and helper) shares. PostgreSQL refuses to run as
 * root: as root the commands run as the `postgres` user.
 */
export class DisposablePostgres {
  private readonly dir: string;
  private readonly bin = binDir();

  private constructor(readonly port: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'portico-fault-pg-'));
  }

  static async create(): Promise<DisposablePostgres> {
    const pg = new DisposablePostgres(await freePort());
    await pg.init();
    return pg;
  }

  get url() {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private async as(command: string, args: string[]) {
    const path = join(this.bin, command);
    if (process.getuid?.() === 0) return run('runuser', ['-u', 'postgres', '--', path, ...args]);
    return run(path, args);
  }

  private async init() {
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      chownSync(this.dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await this.as('initdb', [
      '-D',
      join(this.dir, 'data'),
      '-A',
      'trust',
      '-U',
      'postgres',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
  }

  async start(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40`;
    await this.as('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-o',
      options,
      '-l',
      join(this.dir, 'log'),
      '-w',
      'start',
    ]);
  }

  /** A fast shutdown: open connections are terminated, as in a restart or a failover. */
  async stop(): Promise<void> {
    await this.as('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', 'stop']).catch(
      () => undefined,
    );
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
