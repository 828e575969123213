import {
  type DbOrTx,
  defaultTemplates,
  hashToken,
  newToken,
  type PortalLinkPurpose,
  schema,
} from '@portico/db';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { clipReason } from '../invitations/delivery';
import { recordEvents, systemActor } from '../invitations/events';
import type { EmailTemplateText } from '../invitations/invitation-email';
import { PORTAL_LINK_TTL_MS } from './portal-links';

const { contacts, notificationTemplates, organizations, portalLinks } = schema;

/** What one sign-in or reset email needs, from a successful claim. */
export interface PortalLinkSendClaim {
  linkId: string;
  orgId: string;
  contactId: string;
  purpose: PortalLinkPurpose;
  to: string;
  contactFirstName: string;
  organizationName: string;
  /** The organization's sender; null: the worker's own. */
  defaultEmailFrom: string | null;
  /** The organization's default template of the purpose's kind, else the built-in text. */
  template: EmailTemplateText;
  /** The link works until then: the TTL of its purpose, counted from this claim. */
  expiresAt: Date;
  /** The link token: held in memory for this one send, only its hash is stored. */
  token: string;
}

/** A claimed link's email, ready to render: shaped like an invitation's, so one mailer sends both. */
export interface PortalLinkEmail {
  to: string;
  from: string | null;
  organizationName: string;
  template: EmailTemplateText;
  values: Record<string, string>;
}

/** The portal page each link opens; it consumes nothing until its button POSTs (ADR 007). */
export function portalLinkUrlOf(portalUrl: string, purpose: PortalLinkPurpose, token: string): string {
  const base = portalUrl.replace(/\/$/, '');
  return purpose === 'magic_link'
    ? `${base}/sign-in/link?token=${token}`
    : `${base}/reset-password?token=${token}`;
}

export function portalLinkEmail(claim: PortalLinkSendClaim, portalUrl: string): PortalLinkEmail {
  const url = portalLinkUrlOf(portalUrl, claim.purpose, claim.token);
  return {
    to: claim.to,
    from: claim.defaultEmailFrom,
    organizationName: claim.organizationName,
    template: claim.template,
    values: {
      contactFirstName: claim.contactFirstName,
      organizationName: claim.organizationName,
      ...(claim.purpose === 'magic_link' ? { signInUrl: url } : { resetUrl: url }),
    },
  };
}

/** The row's expiry for its purpose, decided inside the claiming UPDATE (which alone knows the purpose). */
function expiryFor(now: Date): SQL {
  const purposes = Object.keys(PORTAL_LINK_TTL_MS) as PortalLinkPurpose[];
  const cases = purposes.map(
    (purpose) =>
      sql`when ${purpose}::portal_link_purpose then ${new Date(now.getTime() + PORTAL_LINK_TTL_MS[purpose]).toISOString()}::timestamptz`,
  );
  return sql`case ${portalLinks.purpose} ${sql.join(cases, sql` `)} end`;
}

/**
 * Claims a link's email for one sender: `queued -> sending`, with a freshly minted token whose
 * hash is stored and an expiry counted from now (so a link that waited in a queue still gets its
 * full ten minutes or hour). The conditional UPDATE is the guard against an at-least-once job: a
 * duplicate, or a link already sent, failed or used, gets null. One round trip: the UPDATE runs in
 * a CTE with the email's data joined to its RETURNING. A contact whose email was removed meanwhile
 * fails the send for good.
 */
export async function claimPortalLinkSend(
  db: DbOrTx,
  linkId: string,
  now = new Date(),
): Promise<PortalLinkSendClaim | null> {
  const token = newToken();
  const claimed = db.$with('claimed').as(
    db
      .update(portalLinks)
      .set({ deliveryState: 'sending', tokenHash: hashToken(token), expiresAt: expiryFor(now) })
      .where(
        and(eq(portalLinks.id, linkId), eq(portalLinks.deliveryState, 'queued'), isNull(portalLinks.usedAt)),
      )
      .returning({
        orgId: portalLinks.orgId,
        contactId: portalLinks.contactId,
        purpose: portalLinks.purpose,
        expiresAt: portalLinks.expiresAt,
      }),
  );
  const [row] = await db
    .with(claimed)
    .select({
      orgId: claimed.orgId,
      contactId: claimed.contactId,
      purpose: claimed.purpose,
      expiresAt: claimed.expiresAt,
      email: contacts.email,
      firstName: contacts.firstName,
      organizationName: organizations.name,
      defaultEmailFrom: organizations.defaultEmailFrom,
      template: {
        subject: notificationTemplates.subject,
        htmlBody: notificationTemplates.htmlBody,
        textBody: notificationTemplates.textBody,
      },
    })
    .from(claimed)
    .innerJoin(contacts, eq(contacts.id, claimed.contactId))
    .innerJoin(organizations, eq(organizations.id, claimed.orgId))
    .leftJoin(
      notificationTemplates,
      and(
        eq(notificationTemplates.orgId, claimed.orgId),
        // The template kinds of links are named after the purposes.
        eq(notificationTemplates.kind, sql`${claimed.purpose}::text::template_kind`),
        eq(notificationTemplates.isDefault, true),
      ),
    );
  if (!row) return null;
  if (!row.email || !row.expiresAt) {
    await failPortalLinkSend(db, linkId, 'The contact has no email address.');
    return null;
  }
  return {
    linkId,
    orgId: row.orgId,
    contactId: row.contactId,
    purpose: row.purpose,
    to: row.email,
    contactFirstName: row.firstName,
    organizationName: row.organizationName,
    defaultEmailFrom: row.defaultEmailFrom,
    template: row.template ?? defaultTemplates[row.purpose],
    expiresAt: row.expiresAt,
    token,
  };
}

/** The server accepted the email: `sending -> sent`. */
export async function markPortalLinkSent(db: DbOrTx, linkId: string): Promise<boolean> {
  const sent = await db
    .update(portalLinks)
    .set({ deliveryState: 'sent' })
    .where(and(eq(portalLinks.id, linkId), eq(portalLinks.deliveryState, 'sending')))
    .returning({ id: portalLinks.id });
  return sent.length > 0;
}

/**
 * Gives a failed attempt back (`sending -> queued`) for the retry to claim. The attempt's token
 * reached nobody: its hash and expiry go with it, and the retry mints new ones.
 */
export async function releasePortalLinkSend(db: DbOrTx, linkId: string): Promise<boolean> {
  const released = await db
    .update(portalLinks)
    .set({ deliveryState: 'queued', tokenHash: null, expiresAt: null })
    .where(and(eq(portalLinks.id, linkId), eq(portalLinks.deliveryState, 'sending')))
    .returning({ id: portalLinks.id });
  return released.length > 0;
}

/**
 * The last attempt failed (or the server refused for good): `failed`, with no usable token, and an
 * `email_failed` event in the contact's history so the office can see why no email came.
 */
export async function failPortalLinkSend(db: DbOrTx, linkId: string, reason: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [failed] = await tx
      .update(portalLinks)
      .set({ deliveryState: 'failed', tokenHash: null, expiresAt: null })
      .where(and(eq(portalLinks.id, linkId), inArray(portalLinks.deliveryState, ['queued', 'sending'])))
      .returning({
        orgId: portalLinks.orgId,
        contactId: portalLinks.contactId,
        purpose: portalLinks.purpose,
      });
    if (!failed) return false;
    await recordEvents(tx, [
      {
        orgId: failed.orgId,
        contactId: failed.contactId,
        type: 'email_failed',
        actor: systemActor,
        detail: { reason: clipReason(reason), email: failed.purpose },
      },
    ]);
    return true;
  });
}
