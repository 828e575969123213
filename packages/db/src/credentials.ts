import { createHash, randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
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
let pool: Piscina | undefined;

function hashingThreads(): Piscina {
  const threads = availableParallelism();
  pool ??= new Piscina({
    filename: new URL('./password-hashing.worker.mjs', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // The thread needs no loader (tsx, jest's flags) nor any other option its host was started with.
    execArgv: [],
  });
  return pool;
}

export function hashPassword(password: string): Promise<string> {
  return hashingThreads().run(password, { name: 'hash' });
}

/** False for a wrong password and for a malformed hash alike. */
export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return hashingThreads().run({ hash, password }, { name: 'verify' });
}

/** Link and refresh tokens: 32 random bytes, base64url; only the SHA-256 is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
