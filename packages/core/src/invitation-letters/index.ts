export * from './issue-letters';
export { formatLetterCode, hashLetterCode, newLetterCode, normalizeLetterCode } from './letter-codes';
export * from './letter-pdf';
export * from './redeem-code';
