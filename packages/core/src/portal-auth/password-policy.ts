import { dictionary } from '@zxcvbn-ts/language-common';
import { ValidationError } from '../errors';

export const MIN_PASSWORD_LENGTH = 10;

// zxcvbn's list of ~49k passwords seen most often in breaches, lower-cased for lookup.
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/**
 * NIST 800-63B style: long enough, and not one attackers try first. No composition rules: they
 * push people to "Password1!" without making passwords harder to guess.
 */
export function assertAcceptablePassword(password: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(`Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`, [
      { field, message: `must be at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
  }
  if (common.has(password.toLowerCase())) {
    throw new ValidationError(
      'This password is one of the most common ones and easy to guess. Choose another.',
      [{ field, message: 'is too common: choose a less predictable password' }],
    );
  }
}
