import { type DbOrTx, hashToken, newToken, schema } from '@portico/db';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { GoneError, NotFoundError } from '../errors';
import { recordEvents } from '../invitations/events';
import { loadPreviewSession } from './preview-session';

const { contacts, officeUsers, portalPreviews } = schema;

// Long enough to open a tab (and survive a slow network), short enough that a code left in the
// office tab's history or a screen share is useless a minute later.
export const PREVIEW_CODE_TTL_SECONDS = 60;
// One token, no refresh: a support call's worth. Reopening is one click in the office.
export const PREVIEW_TTL_SECONDS = 30 * 60;

export interface PreviewClient {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Starts "view as customer": the audit row and the contact's timeline entry commit together, and
 * the one-time code that opens the preview tab is returned in clear this once (only its hash is
 * kept). Any contact of the organization can be previewed, enrolled or not; see decision 010.
 */
export async function startPortalPreview(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  client: PreviewClient,
  now = new Date(),
): Promise<{ previewId: string; code: string; codeExpiresAt: Date }> {
  return db.transaction(async (tx) => {
    const [contact] = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId)))
      .limit(1);
    if (!contact) throw new NotFoundError('Contact');
    const [officeUser] = await tx
      .select({ name: officeUsers.name })
      .from(officeUsers)
      .where(and(eq(officeUsers.orgId, ctx.orgId), eq(officeUsers.id, ctx.actor.id)))
      .limit(1);
    if (!officeUser) throw new NotFoundError('Office user');
    const code = newToken();
    const codeExpiresAt = new Date(now.getTime() + PREVIEW_CODE_TTL_SECONDS * 1000);
    const [row] = await tx
      .insert(portalPreviews)
      .values({
        orgId: ctx.orgId,
        officeUserId: ctx.actor.id,
        officeUserName: officeUser.name,
        contactId,
        codeHash: hashToken(code),
        codeExpiresAt,
        ip: client.ip,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
        startedAt: now,
      })
      .returning({ id: portalPreviews.id });
    if (!row) throw new Error('insert returned no row');
    await recordEvents(tx, [
      {
        orgId: ctx.orgId,
        contactId,
        type: 'previewed_by_office',
        actor: ctx.actor,
        detail: { previewId: row.id },
      },
    ]);
    return { previewId: row.id, code, codeExpiresAt };
  });
}

/**
 * The preview tab's POST: uses the code, once. The conditional UPDATE lets exactly one request
 * win; the answer names what the token must carry. Any GET of the page consumes nothing (007).
 */
export async function redeemPortalPreview(db: DbOrTx, code: string, now = new Date()) {
  const expiresAt = new Date(now.getTime() + PREVIEW_TTL_SECONDS * 1000);
  const [used] = await db
    .update(portalPreviews)
    .set({ codeUsedAt: now, expiresAt })
    .where(
      and(
        eq(portalPreviews.codeHash, hashToken(code)),
        isNull(portalPreviews.codeUsedAt),
        gt(portalPreviews.codeExpiresAt, now),
      ),
    )
    .returning();
  if (!used?.officeUserId) {
    const [row] = await db
      .select({ codeUsedAt: portalPreviews.codeUsedAt })
      .from(portalPreviews)
      .where(eq(portalPreviews.codeHash, hashToken(code)))
      .limit(1);
    if (!row) throw new NotFoundError('Preview link');
    throw row.codeUsedAt
      ? new GoneError('This preview link has already been used. Open a new one from the office console.', {
          code: 'preview_used',
        })
      : new GoneError('This preview link has expired. Open a new one from the office console.', {
          code: 'preview_expired',
        });
  }
  const claims = {
    previewId: used.id,
    officeUserId: used.officeUserId,
    contactId: used.contactId,
    orgId: used.orgId,
  };
  // The same check every later request makes: the office user may have lost access.manage since.
  const session = await loadPreviewSession(db, claims, now);
  return { claims, ...session };
}

/** "End preview": the token stops working at once, and the audit row says when. */
export async function endPortalPreview(db: DbOrTx, preview: { id: string }, now = new Date()): Promise<void> {
  await db
    .update(portalPreviews)
    .set({ endedAt: now })
    .where(and(eq(portalPreviews.id, preview.id), isNull(portalPreviews.endedAt)));
}

export interface PortalPreviewRecord {
  id: string;
  officeUser: { id: string | null; name: string };
  startedAt: Date;
  openedAt: Date | null;
  endedAt: Date | null;
  expiresAt: Date | null;
  ip: string | null;
  userAgent: string | null;
}

/** The audit trail of a contact's previews, newest first. */
export async function listPortalPreviews(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
): Promise<PortalPreviewRecord[]> {
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId)))
    .limit(1);
  if (!contact) throw new NotFoundError('Contact');
  const rows = await db
    .select()
    .from(portalPreviews)
    .where(and(eq(portalPreviews.orgId, ctx.orgId), eq(portalPreviews.contactId, contactId)))
    .orderBy(desc(portalPreviews.startedAt), desc(portalPreviews.id))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    officeUser: { id: r.officeUserId, name: r.officeUserName },
    startedAt: r.startedAt,
    openedAt: r.codeUsedAt,
    endedAt: r.endedAt,
    expiresAt: r.codeUsedAt ? r.expiresAt : r.codeExpiresAt,
    ip: r.ip,
    userAgent: r.userAgent,
  }));
}
