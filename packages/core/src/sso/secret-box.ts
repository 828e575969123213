import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for the providers' client secrets. The organization id is bound in as associated
 * data, so a ciphertext copied onto another organization's row does not decrypt.
 */

const VERSION = 'v1';

/**
 * The key: SSO_ENCRYPTION_KEY when configured (32 bytes, as 64 hex digits or base64/base64url),
 * else derived (HKDF) from the JWT secret under its own label, so development and the demo work
 * without another setting. A malformed key is an error at start-up, never a silent fallback.
 */
export function ssoKeyOf(secrets: { ssoEncryptionKey?: string | undefined; jwtSecret?: string }): Buffer {
  const raw = secrets.ssoEncryptionKey?.trim();
  if (raw) {
    const key = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : decodeBase64(raw);
    if (key?.length !== 32)
      throw new Error('SSO_ENCRYPTION_KEY must be 32 bytes: 64 hex digits or 43-44 base64 characters.');
    return key;
  }
  if (!secrets.jwtSecret)
    throw new Error('SSO_ENCRYPTION_KEY or JWT_SECRET is needed to encrypt SSO secrets.');
  return Buffer.from(hkdfSync('sha256', secrets.jwtSecret, '', 'portico sso client secrets v1', 32));
}

function decodeBase64(raw: string): Buffer | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(raw)) return null;
  return Buffer.from(raw.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

export function encryptSecret(key: Buffer, orgId: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(orgId));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** Throws when the value was altered, belongs to another organization or another key. */
export function decryptSecret(key: Buffer, orgId: string, sealed: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unknown secret format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(orgId));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
