import { createHash, randomBytes } from 'node:crypto';

/**
 * One-time letter codes: 12 Crockford base32 characters (60 random bits) printed as
 * `XXXX-XXXX-XXXX`. The alphabet has no I, L, O or U, and entry maps the look-alikes back
 * (O -> 0, I/L -> 1), ignores case, spaces and dashes, so a code read off paper types cleanly.
 * 60 bits keeps guessing hopeless even with many live codes, behind per-IP and per-prefix limits.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;
const GROUP = 4;

/** A fresh code, grouped for print. 5 bits per character from crypto-random bytes. */
export function newLetterCode(): string {
  const bytes = randomBytes(CODE_LENGTH);
  let code = '';
  // 256 is a multiple of 32, so `byte % 32` is uniform.
  for (const byte of bytes) code += ALPHABET[byte % 32];
  return formatLetterCode(code);
}

export function formatLetterCode(normalized: string): string {
  const groups: string[] = [];
  for (let i = 0; i < normalized.length; i += GROUP) groups.push(normalized.slice(i, i + GROUP));
  return groups.join('-');
}

/**
 * The canonical form of what someone typed, or null when it cannot be a code (wrong length or
 * a character outside the alphabet once look-alikes are mapped).
 */
export function normalizeLetterCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== CODE_LENGTH) return null;
  for (const char of cleaned) if (!ALPHABET.includes(char)) return null;
  return cleaned;
}

/** What is stored: SHA-256 of the normalized code, so any typed form of a code finds its row. */
export function hashLetterCode(normalized: string): string {
  return createHash('sha256').update(`letter-code:${normalized}`).digest('hex');
}
