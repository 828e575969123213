import { type DbOrTx, hashPassword, hashToken, type PortalLinkPurpose, schema } from '@portico/db';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { GoneError, NotFoundError, RuleViolationError } from '../errors';
import { recordEvents } from '../invitations/events';
import { enqueueJobs } from '../jobs/outbox';
import { revokeAllSessions } from '../sessions/refresh-tokens';
import { assertAcceptablePassword } from './password-policy';
import { type PortalContact, suspendedError, toPortalContact } from './portal-contacts';
import { noteSignIn } from './portal-sign-in';

const { contacts, organizations, portalIdentities, portalLinks } = schema;

/** How long a link works once emailed: a sign-in link briefly, a reset link for an hour. */
export const PORTAL_LINK_TTL_MS: Record<PortalLinkPurpose, number> = {
  magic_link: 10 * 60_000,
  password_reset: 60 * 60_000,
};

async function queueLink(
  tx: DbOrTx,
  orgId: string,
  contactId: string,
  purpose: PortalLinkPurpose,
  requestedBy: string | null,
) {
  const [link] = await tx
    .insert(portalLinks)
    .values({ orgId, contactId, purpose, requestedBy })
    .returning({ id: portalLinks.id });
  if (!link) throw new Error('link insert returned no row');
  await enqueueJobs(tx, [{ orgId, job: 'portalLink.send', payload: { linkId: link.id } }]);
}

/**
 * "Email me a sign-in link" / "Forgot password": queues a link for every enrolled contact with
 * this email (one per contractor they belong to). Unknown emails do nothing; the caller answers
 * the same either way. Suspended contacts get no sign-in link; their reset link is harmless since
 * signing in still refuses them. Run inside a transaction.
 */
export async function requestPortalLinks(
  tx: DbOrTx,
  email: string,
  purpose: PortalLinkPurpose,
): Promise<number> {
  const matches = await tx
    .select({ id: contacts.id, orgId: contacts.orgId, suspended: contacts.suspended })
    .from(contacts)
    .innerJoin(portalIdentities, eq(portalIdentities.contactId, contacts.id))
    .where(and(sql`lower(${contacts.email}) = lower(${email.trim()})`, eq(contacts.inviteStatus, 'enrolled')))
    .limit(10);
  const eligible = matches.filter((c) => purpose === 'password_reset' || !c.suspended);
  for (const c of eligible) {
    await queueLink(tx, c.orgId, c.id, purpose, null);
    if (purpose === 'password_reset') {
      await recordEvents(tx, [
        {
          orgId: c.orgId,
          contactId: c.id,
          type: 'password_reset_requested',
          actor: { type: 'contact', id: c.id },
        },
      ]);
    }
  }
  return eligible.length;
}

/** The office sends an enrolled contact a reset link, recorded in the history. Run inside a transaction. */
export async function sendPasswordResetFromOffice(
  tx: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
): Promise<void> {
  const [contact] = await tx
    .select({ id: contacts.id, inviteStatus: contacts.inviteStatus, email: contacts.email })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId)))
    .limit(1);
  if (!contact) throw new NotFoundError('Contact');
  if (contact.inviteStatus !== 'enrolled' || !contact.email) {
    throw new RuleViolationError(
      'Only an enrolled contact with an email address can be sent a password reset link.',
    );
  }
  await queueLink(tx, ctx.orgId, contactId, 'password_reset', ctx.actor.id);
  await recordEvents(tx, [
    { orgId: ctx.orgId, contactId, type: 'password_reset_requested', actor: ctx.actor },
  ]);
}

export type PortalLinkState = 'valid' | 'expired' | 'used';

/** What the page a link opens shows. A GET: it consumes nothing, so mail scanners cannot use a link up. */
export async function checkPortalLink(db: DbOrTx, token: string, now = new Date()) {
  const [link] = await db
    .select()
    .from(portalLinks)
    .where(eq(portalLinks.tokenHash, hashToken(token)))
    .limit(1);
  if (!link) throw new NotFoundError('Link');
  const state: PortalLinkState = link.usedAt
    ? 'used'
    : !link.expiresAt || link.expiresAt <= now
      ? 'expired'
      : 'valid';
  return { purpose: link.purpose, state, expiresAt: link.expiresAt };
}

/** Marks a link used if it is live, of the purpose, and unused: exactly one POST can win. */
async function consume(tx: DbOrTx, token: string, purpose: PortalLinkPurpose, now: Date) {
  const [used] = await tx
    .update(portalLinks)
    .set({ usedAt: now })
    .where(
      and(
        eq(portalLinks.tokenHash, hashToken(token)),
        eq(portalLinks.purpose, purpose),
        isNull(portalLinks.usedAt),
        gt(portalLinks.expiresAt, now),
      ),
    )
    .returning({ contactId: portalLinks.contactId, orgId: portalLinks.orgId });
  if (used) return used;
  const { state } = await checkPortalLink(tx, token, now);
  const what = purpose === 'magic_link' ? 'sign-in link' : 'password reset link';
  throw new GoneError(
    state === 'used'
      ? `This ${what} has already been used. Ask for a new one.`
      : `This ${what} has expired. Ask for a new one.`,
    { code: state === 'used' ? 'link_used' : 'link_expired' },
  );
}

async function contactOf(tx: DbOrTx, contactId: string) {
  const [row] = await tx
    .select({ contact: contacts, organization: organizations })
    .from(contacts)
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .where(eq(contacts.id, contactId))
    .limit(1);
  if (!row) throw new NotFoundError('Contact');
  return row;
}

/** The "Sign in" button on the magic-link page. Run inside a transaction. */
export async function signInWithMagicLink(
  tx: DbOrTx,
  token: string,
  now = new Date(),
): Promise<PortalContact> {
  const { contactId, orgId } = await consume(tx, token, 'magic_link', now);
  const { contact, organization } = await contactOf(tx, contactId);
  if (contact.suspended) throw suspendedError(contact.suspendedNote);
  await noteSignIn(tx, orgId, contactId, 'magic_link');
  return toPortalContact(contact, organization);
}

/** Sets a new password from a reset link, ends every other session, and signs in. Run inside a transaction. */
export async function completePasswordReset(
  tx: DbOrTx,
  token: string,
  password: string,
  now = new Date(),
): Promise<PortalContact> {
  assertAcceptablePassword(password);
  const { contactId, orgId } = await consume(tx, token, 'password_reset', now);
  await tx
    .update(portalIdentities)
    .set({ passwordHash: await hashPassword(password) })
    .where(eq(portalIdentities.contactId, contactId));
  await revokeAllSessions(tx, 'portal', contactId);
  const { contact, organization } = await contactOf(tx, contactId);
  if (contact.suspended) throw suspendedError(contact.suspendedNote);
  await noteSignIn(tx, orgId, contactId, 'password_reset');
  return toPortalContact(contact, organization);
}
