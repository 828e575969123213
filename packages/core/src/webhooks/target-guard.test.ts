import { describe, expect, it } from '@jest/globals';
import { newWebhookSecret, signWebhook, verifyWebhookSignature } from './signature';
import { parseWebhookUrl, refusedAddressReason, resolveWebhookTarget } from './target-guard';

describe('refusedAddressReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.8', 'private'],
    ['172.16.4.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['::ffff:10.0.0.1', 'private'],
  ])('refuses %s (%s) unless private targets are allowed', (address, range) => {
    expect(refusedAddressReason(address, false)).toBe(`is a ${range} address`);
    expect(refusedAddressReason(address, true)).toBeNull();
  });

  it.each(['0.0.0.0', '::', '224.0.0.1', 'ff02::1', '255.255.255.255'])('always refuses %s', (address) => {
    expect(refusedAddressReason(address, true)).not.toBeNull();
  });

  it('accepts public unicast addresses', () => {
    expect(refusedAddressReason('93.184.215.14', false)).toBeNull();
    expect(refusedAddressReason('2606:2800:21f:cb07:6820:80da:af6b:8b2c', false)).toBeNull();
  });
});

describe('parseWebhookUrl / resolveWebhookTarget', () => {
  it('refuses non-http schemes, credentials and junk', () => {
    for (const url of ['ftp://example.com/', 'file:///etc/passwd', 'https://u:p@example.com/', 'not a url']) {
      expect(() => parseWebhookUrl(url)).toThrow();
    }
  });

  it('resolves localhost and refuses it, and pins the checked address when allowed', async () => {
    await expect(resolveWebhookTarget('http://localhost:9/x', false)).rejects.toThrow(/loopback/);
    const target = await resolveWebhookTarget('http://localhost:9/x', true);
    expect(['127.0.0.1', '::1']).toContain(target.address);
    expect(target.url.hostname).toBe('localhost');
  });

  it('takes a literal IPv6 host without DNS', async () => {
    await expect(resolveWebhookTarget('http://[::1]:9/x', false)).rejects.toThrow(/loopback/);
    expect((await resolveWebhookTarget('http://[::1]:9/x', true)).family).toBe(6);
  });
});

describe('signatures', () => {
  it('verify with the secret, within the tolerance, for the exact body only', () => {
    const { secret, prefix } = newWebhookSecret();
    expect(secret.startsWith(prefix)).toBe(true);
    const now = Date.now();
    const t = Math.floor(now / 1000);
    const header = signWebhook(secret, '{"a":1}', t);
    expect(verifyWebhookSignature(secret, '{"a":1}', header, now)).toBe(true);
    expect(verifyWebhookSignature(secret, '{"a":2}', header, now)).toBe(false);
    expect(verifyWebhookSignature(newWebhookSecret().secret, '{"a":1}', header, now)).toBe(false);
    // A captured request replayed ten minutes later is refused.
    expect(verifyWebhookSignature(secret, '{"a":1}', header, now + 600_000)).toBe(false);
    expect(verifyWebhookSignature(secret, '{"a":1}', 'garbage', now)).toBe(false);
  });
});
