import { $api } from '../../../lib/api';

/** Trades a letter's code for the invitation's link token (single use: the first try that succeeds wins). */
export function useRedeemCode() {
  return $api.useMutation('post', '/portal/v1/invitation-codes/redeem');
}

/** Letters and digits only: what the API compares, whatever dashes or spaces were typed. */
const significant = (code: string) => code.replace(/[^0-9a-z]/gi, '');

export const CODE_CHARACTERS = 12;

/** A first check before asking the API, so a short or long entry gets a precise hint. */
export function codeProblem(code: string): string | null {
  const chars = significant(code).length;
  if (chars === 0) return 'Enter the code from your letter.';
  if (chars !== CODE_CHARACTERS) {
    return `The code has ${CODE_CHARACTERS} letters and numbers, like ABCD-EFGH-JKMN. Check it against your letter.`;
  }
  return null;
}
