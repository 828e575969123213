import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { hashPassword, verifyPassword } from './credentials';

// Written by the `argon2` package (0.45.1), which stored every password before decision 017.
const argon2PackageHash =
  '$argon2id$v=19$m=19456,p=1,t=2$AUfxTFQGzcPtv4mKhGHTUQ$woJ1X5KI/h49qsDcGtN17qJNX3R2D0jcle3kZNnvq6E';

describe('password hashing', () => {
  it('hashes with argon2id at 19 MiB, 2 iterations, 1 lane, and verifies the password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[^$]+\$[^$]+$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
  });

  it('rejects a wrong password', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
  });

  it('answers false for a malformed hash instead of throwing', async () => {
    for (const hash of [
      '',
      'not-a-hash',
      '$argon2id$v=19$m=19456,t=2,p=1$bm90$',
      '$2b$10$abcdefghijklmnopqrstuv',
    ])
      expect(await verifyPassword(hash, 'anything')).toBe(false);
  });

  it('verifies hashes the argon2 package wrote', async () => {
    expect(await verifyPassword(argon2PackageHash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(argon2PackageHash, 'wrong')).toBe(false);
  });
});

interface ThreadStat {
  nice: number;
  cpuTicks: number;
}

/** This process's threads from /proc (stat fields 14-15: user and system ticks; 19: nice). */
function threads(): Map<string, ThreadStat> {
  const stats = new Map<string, ThreadStat>();
  for (const tid of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // exited between the listing and the read
    }
    // Fields after the command name, which sits in parentheses and may hold spaces; field 3 first.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const field = (n: number) => Number(fields[n - 3]);
    stats.set(tid, { nice: field(19), cpuTicks: field(14) + field(15) });
  }
  return stats;
}

describe.each(process.platform === 'linux' ? ['linux'] : [])('hashing threads on %s', () => {
  it('do the hashing at a lower priority than the main thread', async () => {
    const before = threads();
    await Promise.all(Array.from({ length: 8 }, (_, i) => hashPassword(`password ${i}`)));
    const after = threads();

    const main = after.get(String(process.pid));
    expect(main?.nice).toBe(0);
    const gained = ([tid, t]: [string, ThreadStat]) => t.cpuTicks - (before.get(tid)?.cpuTicks ?? 0);
    const niced = [...after].filter(([, t]) => t.nice > (main?.nice ?? 0));
    expect(niced.every(([, t]) => t.nice === 19)).toBe(true);
    // Jest gives each test file its own globals, so a jest worker holds one idle pool per file that
    // hashed before: only the threads that worked now count. At most one per core.
    const working = niced.filter((entry) => gained(entry) > 0);
    expect(working.length).toBeGreaterThan(0);
    expect(working.length).toBeLessThanOrEqual(availableParallelism());

    // The CPU the eight hashes cost (~40 ms each) went to the niced threads, not to libuv's pool
    // or the main thread.
    const nicedTicks = niced.reduce((sum, entry) => sum + gained(entry), 0);
    const otherTicks = [...after]
      .filter(([, t]) => t.nice <= (main?.nice ?? 0))
      .reduce((sum, entry) => sum + gained(entry), 0);
    expect(nicedTicks).toBeGreaterThan(otherTicks);
  });
});

it('does not keep a process alive once hashing is done', async () => {
  const credentials = fileURLToPath(new URL('./credentials.ts', import.meta.url));
  const script = `import(${JSON.stringify(credentials)}).then((c) => c.hashPassword('x')).then((h) => console.log(h.slice(0, 10)))`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', script], {
    timeout: 20_000,
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  expect(stdout.trim()).toBe('$argon2id$');
});

it('serves hashes first come, first served under a steady load on one core', async () => {
  // Eight clients each ask again as soon as answered, as a sign-in storm does; on one core there
  // is one hashing thread. No request may be overtaken by many asked after it.
  const credentials = fileURLToPath(new URL('./credentials.ts', import.meta.url));
  const script = `
    const { hashPassword, verifyPassword } = await import(${JSON.stringify(credentials)});
    const hash = await hashPassword('x');
    const finished = [];
    let next = 0;
    const client = async () => {
      while (next < 80) { const id = next++; await verifyPassword(hash, 'x'); finished.push(id); }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    console.log(Math.max(...finished.map((id, position) => position - id)));`;
  const { stdout } = await promisify(execFile)(
    'taskset',
    ['-c', '0', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script],
    { timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } },
  );
  // Eight in flight at a time: a request finishes at most a few places after its turn.
  expect(Number(stdout.trim())).toBeLessThan(16);
}, 90_000);
