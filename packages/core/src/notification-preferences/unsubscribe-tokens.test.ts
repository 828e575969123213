import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signUnsubscribeToken, unsubscribeKeyOf, verifyUnsubscribeToken } from './unsubscribe-tokens';

const jwtSecret = 'a-jwt-secret-of-at-least-thirty-two-bytes';
const key = unsubscribeKeyOf({ jwtSecret });

describe('unsubscribe tokens', () => {
  it('round-trip the contact and categories, in a fixed order', () => {
    const contactId = randomUUID();
    const token = signUnsubscribeToken(key, { contactId, categories: ['proposals', 'new_documents'] });
    expect(verifyUnsubscribeToken(key, token)).toEqual({
      contactId,
      categories: ['new_documents', 'proposals'],
    });
  });

  it('refuse any change to the contact, the categories or the signature', () => {
    const contactId = randomUUID();
    const token = signUnsubscribeToken(key, { contactId, categories: ['invoices_due'] });
    const [, codes, mac] = token.split('.');
    for (const altered of [
      `${randomUUID()}.${codes}.${mac}`,
      `${contactId}.p.${mac}`,
      `${contactId}.${codes}.${mac?.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`,
      token.slice(0, -1),
      '',
    ]) {
      expect(verifyUnsubscribeToken(key, altered)).toBeNull();
    }
  });

  it('derive a key of its own from the JWT secret; UNSUBSCRIBE_SECRET wins when set', () => {
    expect(key.equals(Buffer.from(jwtSecret))).toBe(false);
    const token = signUnsubscribeToken(key, { contactId: randomUUID(), categories: ['proposals'] });
    const own = unsubscribeKeyOf({ jwtSecret, unsubscribeSecret: 'another-secret-of-at-least-32-bytes!!' });
    expect(verifyUnsubscribeToken(own, token)).toBeNull();
    expect(() => unsubscribeKeyOf({})).toThrow(/UNSUBSCRIBE_SECRET/);
  });
});
