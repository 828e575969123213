import { type DbOrTx, hashPassword, schema, verifyPassword } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import { recordActivity } from '../activity/activity';
import { UnauthorizedError } from '../errors';
import { type PortalContact, suspendedError, toPortalContact } from './portal-contacts';

const { contacts, organizations, portalIdentities } = schema;

const INVALID = 'The email or password is not correct.';

// Unknown emails still cost one argon2 verification, so timing does not reveal who is enrolled.
let dummyHash: Promise<string> | undefined;
const dummy = () => {
  dummyHash ??= hashPassword('portico-portal-timing-equaliser');
  return dummyHash;
};

/**
 * Email + password sign-in. The same email may be a contact of several contractors; the password
 * picks the identity. A suspended contact learns so (with the organization's note) only after
 * giving the right password, so suspension cannot be probed.
 */
export async function signInContact(db: DbOrTx, email: string, password: string): Promise<PortalContact> {
  const candidates = await db
    .select({ contact: contacts, organization: organizations, passwordHash: portalIdentities.passwordHash })
    .from(contacts)
    .innerJoin(portalIdentities, eq(portalIdentities.contactId, contacts.id))
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .where(and(sql`lower(${contacts.email}) = lower(${email.trim()})`, eq(contacts.inviteStatus, 'enrolled')))
    .limit(10);
  let match: (typeof candidates)[number] | undefined;
  for (const c of candidates) {
    if (c.passwordHash && (await verifyPassword(c.passwordHash, password))) {
      match = c;
      break;
    }
  }
  if (candidates.length === 0) await verifyPassword(await dummy(), password);
  if (!match) throw new UnauthorizedError(INVALID);
  if (match.contact.suspended) throw suspendedError(match.contact.suspendedNote);
  await noteSignIn(db, match.contact.orgId, match.contact.id, 'password');
  return toPortalContact(match.contact, match.organization);
}

/** Bookkeeping shared by every way in: last sign-in, count, and the activity event. */
export async function noteSignIn(
  db: DbOrTx,
  orgId: string,
  contactId: string,
  method: 'password' | 'magic_link' | 'invitation' | 'password_reset' | 'sso',
) {
  await db
    .update(portalIdentities)
    .set({ lastSignInAt: new Date(), signInCount: sql`${portalIdentities.signInCount} + 1` })
    .where(eq(portalIdentities.contactId, contactId));
  await recordActivity(db, { orgId, contactId, type: 'sign_in', detail: { method } });
}
