import { type DbOrTx, schema } from '@portico/db';
import { and, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { type PortalStatus, portalStatusOf } from '../contacts/portal-status';
import { UnauthorizedError } from '../errors';
import { loadOfficeIdentity } from '../office-auth/office-users';
import { type PortalContact, toPortalContact } from '../portal-auth/portal-contacts';

const { contacts, organizations, portalPreviews } = schema;

/**
 * Set on a portal request made in "view as customer" mode. Its presence is the flag: such a
 * request may only read, and what it reads is not the customer's use of the portal.
 */
export interface PortalPreview {
  id: string;
  officeUserId: string;
  officeUserName: string;
  /** Where the contact stands, so the banner can say what the customer would actually get. */
  contactStatus: PortalStatus;
  expiresAt: Date;
}

/** What a preview token names; checked against the audit row on every request. */
export interface PreviewClaims {
  previewId: string;
  officeUserId: string;
  contactId: string;
  orgId: string;
}

export function previewEndedError(): UnauthorizedError {
  const error = new UnauthorizedError(
    'This preview has ended. Open a new one from the contact page of the office console.',
  );
  Object.assign(error.extra, { code: 'preview_ended' });
  return error;
}

/**
 * The contact a preview shows, read fresh like a customer's session. Unlike a sign-in, a contact
 * not yet enrolled or suspended can be previewed: seeing what they would see is the point, and
 * nothing can change. The preview must be live (redeemed, not ended, not expired) and its office
 * user still active with access.manage, so revoking either stops an open preview at the next click.
 */
export async function loadPreviewSession(
  db: DbOrTx,
  claims: PreviewClaims,
  now = new Date(),
): Promise<{ contact: PortalContact; preview: PortalPreview }> {
  const [row] = await db
    .select({ preview: portalPreviews, contact: contacts, organization: organizations })
    .from(portalPreviews)
    .innerJoin(contacts, eq(contacts.id, portalPreviews.contactId))
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .where(
      and(
        eq(portalPreviews.id, claims.previewId),
        eq(portalPreviews.orgId, claims.orgId),
        eq(portalPreviews.contactId, claims.contactId),
        eq(portalPreviews.officeUserId, claims.officeUserId),
        eq(contacts.orgId, claims.orgId),
        isNotNull(portalPreviews.codeUsedAt),
        isNull(portalPreviews.endedAt),
        gt(portalPreviews.expiresAt, now),
      ),
    )
    .limit(1);
  if (!row?.preview.expiresAt) throw previewEndedError();
  const officeUser = await loadOfficeIdentity(db, claims.officeUserId, claims.orgId).catch(() => null);
  if (!officeUser?.permissions.includes('access.manage')) throw previewEndedError();
  return {
    contact: toPortalContact(row.contact, row.organization),
    preview: {
      id: row.preview.id,
      officeUserId: claims.officeUserId,
      officeUserName: officeUser.name,
      contactStatus: portalStatusOf(row.contact),
      expiresAt: row.preview.expiresAt,
    },
  };
}
