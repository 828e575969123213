import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { decryptSecret, encryptSecret, ssoKeyOf } from './secret-box';

const ORG = '6f1c2b8e-1d4a-4e7b-9a51-0c2f3e4d5a6b';

describe('SSO client secrets at rest', () => {
  const key = randomBytes(32);

  it('round-trips, with a fresh IV each time and no plain text in the sealed value', () => {
    const a = encryptSecret(key, ORG, 'the-client-secret');
    const b = encryptSecret(key, ORG, 'the-client-secret');
    expect(a).not.toBe(b);
    expect(a).not.toContain('the-client-secret');
    expect(decryptSecret(key, ORG, a)).toBe('the-client-secret');
  });

  it('refuses an altered value, another organization and another key', () => {
    const sealed = encryptSecret(key, ORG, 'the-client-secret');
    const [v, iv, tag, body = ''] = sealed.split('.');
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => decryptSecret(key, ORG, [v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => decryptSecret(key, '00000000-0000-4000-8000-000000000000', sealed)).toThrow();
    expect(() => decryptSecret(randomBytes(32), ORG, sealed)).toThrow();
    expect(() => decryptSecret(key, ORG, 'v2.a.b.c')).toThrow(/format/);
  });

  it('derives a distinct key from the JWT secret when none is configured, and refuses a malformed one', () => {
    const jwtSecret = randomBytes(32).toString('base64url');
    const derived = ssoKeyOf({ jwtSecret });
    expect(derived).toHaveLength(32);
    expect(ssoKeyOf({ jwtSecret })).toEqual(derived);
    expect(ssoKeyOf({ jwtSecret: `${jwtSecret}x` })).not.toEqual(derived);
    expect(() => ssoKeyOf({ ssoEncryptionKey: 'short', jwtSecret })).toThrow(/SSO_ENCRYPTION_KEY/);
    expect(() => ssoKeyOf({ ssoEncryptionKey: randomBytes(16).toString('hex'), jwtSecret })).toThrow(
      /32 bytes/,
    );
    expect(ssoKeyOf({ ssoEncryptionKey: key.toString('hex'), jwtSecret })).toEqual(key);
  });
});
