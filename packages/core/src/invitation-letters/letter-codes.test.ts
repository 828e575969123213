import { describe, expect, it } from '@jest/globals';
import { formatLetterCode, hashLetterCode, newLetterCode, normalizeLetterCode } from './letter-codes';

describe('letter codes', () => {
  it('are 12 unambiguous characters in three groups, and differ every time', () => {
    const codes = Array.from({ length: 2000 }, newLetterCode);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // Every character of the alphabet turns up: the draw is not stuck on a subset.
    expect(new Set(codes.join('').replace(/-/g, '')).size).toBe(32);
  });

  it('read back whatever way they are typed', () => {
    const code = 'AB1C-D0EF-7XYZ';
    const expected = 'AB1CD0EF7XYZ';
    for (const typed of [
      'ab1c-d0ef-7xyz',
      ' AB1C D0EF 7XYZ ',
      'ab1cd0ef7xyz',
      'AB1C–D0EF–7XYZ',
      'ABlC-DoEF-7XYZ',
      'ABIC-DOEF-7XYZ',
    ]) {
      expect(normalizeLetterCode(typed)).toBe(expected);
    }
    expect(formatLetterCode(expected)).toBe(code);
  });

  it('refuse what cannot be a code', () => {
    for (const typed of ['', 'AB1C-D0EF', 'AB1C-D0EF-7XYZ-1', 'AB1C-D0EF-7XYU', 'AB1C-D0EF-7XY!']) {
      expect(normalizeLetterCode(typed)).toBeNull();
    }
  });

  it('hash to one value per code, whatever the typing', () => {
    const a = normalizeLetterCode('ab1c-d0ef-7xyz') as string;
    const b = normalizeLetterCode('AB1CD0EF7XYZ') as string;
    expect(hashLetterCode(a)).toBe(hashLetterCode(b));
    expect(hashLetterCode(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLetterCode(a)).not.toBe(hashLetterCode(normalizeLetterCode('AB1CD0EF7XY0') as string));
  });
});
