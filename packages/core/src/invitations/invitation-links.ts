import { type DbOrTx, hashToken, schema } from '@portico/db';
import { and, eq, isNull } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import { needsSignUpEmail } from '../portal-auth/sign-up-email';
import { recordEvents } from './events';

const { contacts, invitations, organizations } = schema;

export type InvitationLinkState = 'valid' | 'expired' | 'used' | 'revoked';

export interface InvitationLink {
  state: InvitationLinkState;
  expiresAt: Date;
  contact: { firstName: string; email: string | null };
  /** The contact has no email (invited by letter): accepting asks for one to sign in with. */
  needsEmail: boolean;
  organization: { name: string; logoUrl: string | null; brandColor: string };
}

/**
 * What the portal's accept page shows for a link. Called by the page's script, not by fetching
 * the link itself, so a mail scanner that prefetches the URL neither consumes the token nor
 * counts as the contact opening it. The first call on a live link records `link_opened`.
 */
export async function openInvitationLink(
  db: DbOrTx,
  token: string,
  now = new Date(),
): Promise<InvitationLink> {
  const [row] = await db
    .select({
      invitation: invitations,
      firstName: contacts.firstName,
      email: contacts.email,
      organization: {
        name: organizations.name,
        logoUrl: organizations.logoUrl,
        brandColor: organizations.brandColor,
      },
    })
    .from(invitations)
    .innerJoin(contacts, eq(contacts.id, invitations.contactId))
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .limit(1);
  if (!row) throw new NotFoundError('Invitation');
  const inv = row.invitation;
  const state: InvitationLinkState =
    inv.status === 'accepted'
      ? 'used'
      : inv.status === 'revoked'
        ? 'revoked'
        : inv.status === 'expired' || inv.expiresAt <= now
          ? 'expired'
          : 'valid';

  if (state === 'valid') {
    const opened = await db
      .update(invitations)
      .set({ openedAt: now })
      .where(and(eq(invitations.id, inv.id), isNull(invitations.openedAt)))
      .returning({ id: invitations.id });
    if (opened.length > 0) {
      await recordEvents(db, [
        {
          orgId: inv.orgId,
          contactId: inv.contactId,
          invitationId: inv.id,
          type: 'link_opened',
          actor: { type: 'contact', id: inv.contactId },
        },
      ]);
    }
  }
  return {
    state,
    expiresAt: inv.expiresAt,
    contact: { firstName: row.firstName, email: row.email },
    needsEmail: needsSignUpEmail(row),
    organization: row.organization,
  };
}
