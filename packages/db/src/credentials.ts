import { createHash, randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';

/**
 * How credentials are stored at rest, in one place for the seed and the services.
 * argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane (PHC strings, as the `argon2`
 * package wrote them before). Hashing runs synchronously on worker threads that lower their own
 * priority (password-hashing.worker.mjs; decision 017): on a busy core the event loop keeps
 * answering other requests during a sign-in storm, where libuv's pool competed with it as an equal.
 * The pool starts on first use, one thread per available core; idle threads do not hold the
 * process open.
 */
// One pool per process, kept on globalThis, so a module loaded twice does not start a second one.
// (Jest gives each test file its own globals too: there, each file that hashes has its pool.)
const POOL = Symbol.for('portico.passwordHashingThreads');
const holder = globalThis as typeof globalThis & { [POOL]?: Promise<Piscina> };

async function startHashingThreads(): Promise<Piscina> {
  // libuv's pool threads take the priority of the thread that starts them. Start them here, from
  // this thread, before a hashing thread lowers its own: else the first of those to touch the file
  // system would start them at nice 19, under everyone's file and DNS work.
  await stat(fileURLToPath(import.meta.url));
  const threads = availableParallelism();
  return new Piscina({
    filename: new URL('./password-hashing.worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // The thread needs no loader (tsx, jest's flags) nor any other option its host was started with.
    execArgv: [],
    // Tasks go to a thread at once and wait in its message queue, first come first served. With
    // one task per thread, piscina handed a thread that came free to the newest task, and under a
    // steady storm on one thread a few early sign-ins waited until the storm ended.
    concurrentTasksPerWorker: 64,
  });
}

function hashingThreads(): Promise<Piscina> {
  holder[POOL] ??= startHashingThreads();
  return holder[POOL];
}

export async function hashPassword(password: string): Promise<string> {
  return (await hashingThreads()).run(password, { name: 'hash' });
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return (await hashingThreads()).run({ hash, password }, { name: 'verify' });
}

/** Link and refresh tokens: 32 random bytes, base64url; only the SHA-256 is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
