import { type DbOrTx, schema } from '@portico/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import { ConflictError, isUniqueViolation, ValidationError } from '../errors';

const { contacts } = schema;

// Deliberately loose (the API's schema checks the format first): one @, no spaces, a dotted domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_EMAIL_LENGTH = 320;

/** Password sign-in, sign-in links and resets all find a contact by email: without one there is no way back in. */
export const needsSignUpEmail = (contact: { email: string | null }): boolean => !contact.email?.trim();

type ContactRow = typeof contacts.$inferSelect;

/**
 * The email a contact accepting an invitation gives, for a contact the office has none for (one
 * invited by letter). Returns the address to record, lower-cased, or null when the contact already
 * has one. Required when missing, refused when the contact has one: the office owns that address,
 * and an accept page cannot quietly change it.
 */
export async function signUpEmail(
  tx: DbOrTx,
  contact: ContactRow,
  provided: string | undefined,
): Promise<string | null> {
  const given = provided?.trim().toLowerCase() ?? '';
  if (!needsSignUpEmail(contact)) {
    if (provided === undefined) return null;
    throw new ValidationError('Your email address is already on file; it cannot be changed here.', [
      { field: 'email', message: 'is already set for this invitation: leave it out' },
    ]);
  }
  if (!given) {
    throw new ValidationError('Enter your email address: you will use it to sign in.', [
      { field: 'email', message: 'is required: you will use it to sign in' },
    ]);
  }
  if (given.length > MAX_EMAIL_LENGTH || !EMAIL.test(given)) {
    throw new ValidationError('Enter a valid email address.', [
      { field: 'email', message: 'must be an email address' },
    ]);
  }
  // Within an organization an email names one contact (contacts_org_email_uq), which is how
  // sign-in and reset links find the right identity. Saying "taken" reveals little here: only a
  // holder of this organization's live invitation can ask, at the accept route's rate limit.
  const [taken] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.orgId, contact.orgId),
        ne(contacts.id, contact.id),
        sql`lower(${contacts.email}) = ${given}`,
      ),
    )
    .limit(1);
  if (taken) throw emailTaken();
  return given;
}

export const emailTaken = () =>
  new ConflictError(
    'This email address is already used by someone else with this service provider. Use another address, or ask them for help.',
    { code: 'email_taken', errors: [{ field: 'email', message: 'is already used by another person' }] },
  );

/** Records the sign-up email; a concurrent claim of the same address loses to the unique index. */
export async function recordSignUpEmail(tx: DbOrTx, contactId: string, email: string): Promise<void> {
  try {
    await tx.update(contacts).set({ email }).where(eq(contacts.id, contactId));
  } catch (error) {
    if (isUniqueViolation(error, 'contacts_org_email_uq')) throw emailTaken();
    throw error;
  }
}
