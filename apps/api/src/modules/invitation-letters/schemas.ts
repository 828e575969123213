import type { LetterBatch } from '@portico/core';
import { MAX_LETTERS } from '@portico/core';
import { Type } from 'typebox';

export const PrintLettersBody = Type.Object(
  {
    contactIds: Type.Array(Type.String({ format: 'uuid' }), {
      minItems: 1,
      maxItems: MAX_LETTERS,
      description: `The contacts to print a letter for, at most ${MAX_LETTERS}.`,
    }),
  },
  { additionalProperties: false },
);

/** The summary beside the PDF, in headers (the body is the file). */
export const LetterSummaryHeaders = {
  'x-letters-printed': {
    description: 'How many letters (pages) the PDF holds.',
    schema: { type: 'integer' },
  },
  'x-letters-skipped': {
    description:
      'JSON array of the contacts left out and why: [{"contactId": "…", "reason": "not_found" | "suspended" | "enrolled"}].',
    schema: { type: 'string' },
  },
};

/** An honest file name: one letter is named for its contact, a batch for its size. */
export function lettersFilename(batch: LetterBatch, printedOn = new Date()): string {
  const day = printedOn.toISOString().slice(0, 10);
  const [only] = batch.letters;
  if (batch.letters.length === 1 && only) {
    const name = only.recipient.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return `invitation-letter-${name || 'contact'}-${day}.pdf`;
  }
  return `invitation-letters-${batch.letters.length}-${day}.pdf`;
}

export const RedeemCodeBody = Type.Object(
  {
    code: Type.String({
      minLength: 1,
      maxLength: 40,
      description: 'The code from the letter; case, spaces and dashes do not matter.',
    }),
  },
  { additionalProperties: false },
);

export const RedeemedCodeDto = Type.Object(
  {
    token: Type.String({
      description: "The invitation's link token: continue at the accept page (/accept?token=…).",
    }),
    expiresAt: Type.String({ format: 'date-time' }),
  },
  { title: 'RedeemedCode' },
);
