import { type DbOrTx, hashToken, newToken, schema } from '@portico/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { DomainError } from '../errors';
import { recordEvents } from '../invitations/events';
import { hashLetterCode, normalizeLetterCode } from './letter-codes';

const { contacts, invitationLetters, invitations } = schema;

/**
 * Every refusal reads the same (unknown, mistyped, used, expired, replaced), so entering codes
 * tells a guesser nothing about which ones exist.
 */
export const INVALID_CODE_MESSAGE =
  'This code is not valid. Check it and try again; if it still does not work, it may have been used or expired. Ask your service provider for a new letter, or sign in if you already have an account.';

export class InvalidLetterCodeError extends DomainError {
  constructor() {
    super('not_found', INVALID_CODE_MESSAGE, { code: 'invalid_code' });
  }
}

export interface RedeemedCode {
  /** The invitation's link token, minted now: the portal continues at the emailed link's accept page. */
  token: string;
  expiresAt: Date;
}

/**
 * Trades a letter code for an invitation link token, once. The code is marked used and the token
 * minted (its hash replacing any earlier one, as the email sender does) in one transaction, with
 * conditional UPDATEs as the guard: of two concurrent redemptions exactly one gets a token.
 * The contact then accepts through the same function as an emailed link.
 */
export async function redeemLetterCode(db: DbOrTx, input: string, now = new Date()): Promise<RedeemedCode> {
  const normalized = normalizeLetterCode(input);
  if (!normalized) throw new InvalidLetterCodeError();
  const codeHash = hashLetterCode(normalized);

  // Counted outside the redemption's transaction, so a refused try is still on record.
  const [letter] = await db
    .update(invitationLetters)
    .set({ attempts: sql`${invitationLetters.attempts} + 1`, lastAttemptAt: now })
    .where(eq(invitationLetters.codeHash, codeHash))
    .returning();
  if (!letter || letter.usedAt || letter.expiresAt <= now) throw new InvalidLetterCodeError();

  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(invitationLetters)
      .set({ usedAt: now })
      .where(
        and(
          eq(invitationLetters.id, letter.id),
          isNull(invitationLetters.usedAt),
          gt(invitationLetters.expiresAt, now),
        ),
      )
      .returning({ id: invitationLetters.id });
    if (!used) throw new InvalidLetterCodeError();

    const token = newToken();
    const [invitation] = await tx
      .update(invitations)
      // Entering the code is the letter's "open": the accept page then records no link_opened.
      .set({
        tokenHash: hashToken(token),
        openedAt: sql`coalesce(${invitations.openedAt}, ${now.toISOString()}::timestamptz)`,
      })
      .where(
        and(
          eq(invitations.id, letter.invitationId),
          eq(invitations.status, 'pending'),
          gt(invitations.expiresAt, now),
          sql`exists (select 1 from ${contacts} where ${contacts.id} = ${invitations.contactId} and not ${contacts.suspended})`,
        ),
      )
      .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
    // Rolls the "used" mark back too: a replaced or expired invitation leaves the code as it was.
    if (!invitation) throw new InvalidLetterCodeError();

    await recordEvents(tx, [
      {
        orgId: letter.orgId,
        contactId: letter.contactId,
        invitationId: invitation.id,
        type: 'code_redeemed',
        actor: { type: 'contact', id: letter.contactId },
      },
    ]);
    return { token, expiresAt: invitation.expiresAt };
  });
}
