// A password-hashing thread of credentials.ts's pool. Plain JavaScript: it runs under Node itself,
// outside the jest (swc) and tsx loaders that run the TypeScript around it.
import { setPriority } from 'node:os';
import { hashSync, verifySync } from '@node-rs/argon2';

// On Linux, priority is per thread: pid 0 from a worker thread lowers only this thread, so on a
// busy core the event loop serving other requests wins over hashing. (Elsewhere pid 0 would mean
// the whole process, so it is left alone.) Nothing here may use libuv's pool after this line: its
// threads, if this one started them, would inherit nice 19 and slow the main thread's I/O.
if (process.platform === 'linux') setPriority(0, 19);

/** argon2id (2) with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane; v=19 PHC strings. */
const options = { algorithm: 2, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 };

// Synchronous on purpose: the work must happen on this low-priority thread, not on libuv's pool.
export function hash(password) {
  return hashSync(password, options);
}

/** A malformed or foreign hash is a failed verification, not an error. */
export function verify({ hash, password }) {
  try {
    return verifySync(hash, password);
  } catch {
    return false;
  }
}
