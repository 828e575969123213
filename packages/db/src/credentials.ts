import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/**
 * How credentials are stored at rest, in one place for the seed and the services.
 * argon2id with OWASP's minimum: 19 MiB memory, 2 iterations, 1 lane. The native binding hashes
 * on libuv's thread pool, so sign-in storms do not block the event loop.
 */
const argonOptions = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, argonOptions);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Link and refresh tokens: 32 random bytes, base64url; only the SHA-256 is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
