import {
  type DbOrTx,
  type DocumentKind,
  defaultTemplates,
  type InvoiceReminderStage,
  type NotificationCategory,
  schema,
} from '@portico/db';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { clipReason } from '../invitations/delivery';
import type { EmailTemplateText } from '../invitations/invitation-email';
import { notificationCategories } from '../notification-preferences/categories';
import { categoriesOverAllRowsSql, choiceOfKindSql } from '../notification-preferences/category-sql';
import { type PortalContact, toPortalContact } from '../portal-auth/portal-contacts';
import { invoiceUnpaid } from '../portal-content/derived';
import { areaOfKind, documentVisible } from '../portal-content/visibility';

const {
  buildings,
  contacts,
  documentNotices,
  documents,
  invoiceReminders,
  notificationTemplates,
  organizations,
  portalIdentities,
} = schema;

/**
 * Titles listed in one email. A first import of an organization's history can publish thousands
 * of documents at once: the email lists the newest and links to the rest.
 */
export const NOTICE_LISTED_DOCUMENTS = 20;

export interface NoticeDocument {
  id: string;
  kind: DocumentKind;
  title: string;
  number: string | null;
  buildingName: string | null;
  /** The portal page of this document. */
  url: string;
  /** In the notice as an invoice reminder (notices/invoice-reminders.ts) rather than as new. */
  reminder: { stage: InvoiceReminderStage; dueOn: string } | null;
}

/** Everything one "new documents" email needs, from a successful claim. */
export interface DocumentNoticeEmail {
  noticeId: string;
  /** For the unsubscribe link (never in a job payload: the worker signs it as it sends). */
  contactId: string;
  /** A daily digest of held documents rather than an immediate notice. */
  digest: boolean;
  /** The preference categories of the documents (all of them, listed or not): what "unsubscribe" turns off. */
  categories: NotificationCategory[];
  to: string;
  /** The organization's sender; null: the worker's own. */
  from: string | null;
  organizationName: string;
  brandColor: string;
  contactFirstName: string;
  /** The newest documents still visible, at most NOTICE_LISTED_DOCUMENTS. */
  documents: NoticeDocument[];
  /** How many documents of the notice the contact may still see (listed or not). */
  total: number;
  /** Where the email's button goes: the one document, or the list (on their area's tab when all share one). */
  url: string;
  /**
   * For a single document: the organization's "Document shared" template (or the built-in one),
   * which the office can word as it likes. Several documents use the digest layout, since a
   * template has no way to list them.
   */
  template: EmailTemplateText | null;
}

const documentKindLabels: Record<DocumentKind, string> = {
  inspection_report: 'inspection report',
  service_report: 'service report',
  proposal: 'proposal',
  invoice: 'invoice',
};

/** The "Document shared" template's variables for a single-document notice. */
export function singleNoticeValues(email: DocumentNoticeEmail): Record<string, string> {
  const [doc] = email.documents;
  return {
    contactFirstName: email.contactFirstName,
    organizationName: email.organizationName,
    documentKind: doc ? documentKindLabels[doc.kind] : 'document',
    documentTitle: doc?.title ?? '',
    documentUrl: email.url,
    buildingName: doc?.buildingName ?? 'your account',
  };
}

async function documentSharedTemplate(db: DbOrTx, orgId: string): Promise<EmailTemplateText> {
  const [row] = await db
    .select({
      subject: notificationTemplates.subject,
      htmlBody: notificationTemplates.htmlBody,
      textBody: notificationTemplates.textBody,
    })
    .from(notificationTemplates)
    .where(
      and(
        eq(notificationTemplates.orgId, orgId),
        eq(notificationTemplates.kind, 'document_shared'),
        eq(notificationTemplates.isDefault, true),
      ),
    )
    .limit(1);
  return row ?? defaultTemplates.document_shared;
}

/** What a claim found: an email to send, or why there is none (the notice is then closed). */
export type NoticeClaim = { email: DocumentNoticeEmail } | { skipped: string };

/** The portal's document page and list; built from the configured base URL only. */
export function documentUrlOf(portalUrl: string, documentId: string): string {
  return `${portalUrl.replace(/\/$/, '')}/documents/${documentId}`;
}

/** The list opens on one area's tab (`?area=`, as the portal's document page reads it) when given a kind. */
export function documentListUrlOf(portalUrl: string, kind?: DocumentKind): string {
  const base = `${portalUrl.replace(/\/$/, '')}/documents`;
  return kind ? `${base}?area=${areaOfKind[kind]}` : base;
}

/**
 * Claims a notice's email for one sender (`queued -> sending`, one more attempt). The conditional
 * UPDATE is the guard that makes the at-least-once job mail at most once per claim: a duplicate
 * job, or a notice already sent or failed, gets null.
 *
 * The documents are read again now, through the access rule: a document unpublished since, or a
 * contact whose links or areas changed, must not be mailed what the portal would no longer show.
 * A contact who can no longer sign in (suspended, no longer enrolled, no email) gets nothing.
 * When nothing is left the notice is closed without an email (`skipped`).
 */
export async function claimDocumentNotice(
  db: DbOrTx,
  noticeId: string,
  portalUrl: string,
): Promise<NoticeClaim | null> {
  const claimed = db.$with('claimed').as(
    db
      .update(documentNotices)
      .set({ state: 'sending', attempts: sql`${documentNotices.attempts} + 1` })
      .where(and(eq(documentNotices.id, noticeId), eq(documentNotices.state, 'queued')))
      .returning({
        contactId: documentNotices.contactId,
        orgId: documentNotices.orgId,
        digest: documentNotices.digest,
      }),
  );
  const [row] = await db
    .with(claimed)
    .select({
      contact: contacts,
      organization: organizations,
      identity: portalIdentities.contactId,
      digest: claimed.digest,
    })
    .from(claimed)
    .innerJoin(contacts, eq(contacts.id, claimed.contactId))
    .innerJoin(organizations, eq(organizations.id, claimed.orgId))
    .leftJoin(portalIdentities, eq(portalIdentities.contactId, claimed.contactId));
  if (!row) return null;

  const { contact: c, organization: o } = row;
  const to = c.email?.trim();
  let skipped: string | null = null;
  if (c.suspended) skipped = 'the contact is suspended';
  else if (c.inviteStatus !== 'enrolled' || !row.identity) skipped = 'the contact is not enrolled';
  else if (!to) skipped = 'the contact has no email address';
  if (skipped || !to) return skipNotice(db, noticeId, skipped ?? 'no address');

  const contact = toPortalContact(c, o);
  const listed = await visibleNoticeDocuments(db, noticeId, contact);
  const [first] = listed;
  if (!first) return skipNotice(db, noticeId, 'none of its documents is visible or wanted any more');

  const total = first.total;
  const sharedKind = first.minKind === first.maxKind ? first.minKind : undefined;
  return {
    email: {
      noticeId,
      contactId: c.id,
      digest: row.digest,
      categories: notificationCategories.filter((category) => first.categories.includes(category)),
      to,
      from: o.defaultEmailFrom,
      organizationName: o.name,
      brandColor: o.brandColor,
      contactFirstName: c.firstName,
      documents: listed.map((d) => ({
        id: d.id,
        kind: d.kind,
        title: d.title,
        number: d.number,
        buildingName: d.buildingName,
        url: documentUrlOf(portalUrl, d.id),
        reminder: d.reminder && d.dueOn ? { stage: d.reminder, dueOn: d.dueOn } : null,
      })),
      total,
      url: total === 1 ? documentUrlOf(portalUrl, first.id) : documentListUrlOf(portalUrl, sharedKind),
      // A digest keeps the digest layout even for one document: its subject says it is the daily one.
      // A reminder is not a "document shared": it keeps the built-in layout, which says it is due.
      template: total === 1 && !row.digest && !first.reminder ? await documentSharedTemplate(db, o.id) : null,
    },
  };
}

/**
 * The notice's documents the contact may see, and still wants to hear of (a category turned `off`
 * since the notice was written drops out), newest first, the first NOTICE_LISTED_DOCUMENTS
 * of them, each row with the total and the kinds' range over all of them (window aggregates, so
 * one query however many there are). The ids are read from the notice row in SQL: a long list
 * never becomes thousands of bound parameters.
 */
async function visibleNoticeDocuments(db: DbOrTx, noticeId: string, contact: PortalContact) {
  const ofNotice = sql`${documents.id} = any(select unnest(${documentNotices.documentIds}) from ${documentNotices} where ${documentNotices.id} = ${noticeId})`;
  // The invoice's latest reminder stage written by the time the notice was (the reminder sweep
  // writes both in one statement, so with the same now()): a "new invoice" notice written before
  // any reminder stays a plain one, a digest holding a reminder says so.
  const reminder = sql<InvoiceReminderStage | null>`(select r.stage from ${invoiceReminders} r
    where r.document_id = ${documents.id} and r.created_at <= (select n.created_at from ${documentNotices} n where n.id = ${noticeId})
    order by r.stage desc limit 1)`;
  return db
    .select({
      id: documents.id,
      kind: documents.kind,
      title: documents.title,
      number: documents.number,
      buildingName: buildings.name,
      dueOn: documents.dueOn,
      reminder,
      total: sql<number>`(count(*) over ())::int`,
      minKind: sql<DocumentKind>`min(${documents.kind}) over ()`,
      maxKind: sql<DocumentKind>`max(${documents.kind}) over ()`,
      categories: sql<NotificationCategory[]>`${categoriesOverAllRowsSql(sql`${documents.kind}`)}`,
    })
    .from(documents)
    .leftJoin(buildings, eq(buildings.id, documents.buildingId))
    .where(
      and(
        ofNotice,
        documentVisible({ contact, view: { kind: 'all' } }),
        sql`${choiceOfKindSql(sql`${contact.id}::uuid`, sql`${documents.kind}`)} <> 'off'`,
        // An invoice paid since its reminder was written needs no reminder any more.
        sql`(${reminder} is null or ${invoiceUnpaid()})`,
      ),
    )
    .orderBy(sql`${documents.issuedOn} desc nulls last`, asc(documents.title), desc(documents.id))
    .limit(NOTICE_LISTED_DOCUMENTS);
}

/** Closes a claimed notice without an email, saying why in last_error. */
async function skipNotice(db: DbOrTx, noticeId: string, why: string): Promise<NoticeClaim> {
  const skipped = `Skipped: ${why}.`;
  await db
    .update(documentNotices)
    .set({ state: 'sent', lastError: skipped })
    .where(and(eq(documentNotices.id, noticeId), eq(documentNotices.state, 'sending')));
  return { skipped };
}

/** The server accepted the email: `sending -> sent`. */
export async function markDocumentNoticeSent(db: DbOrTx, noticeId: string): Promise<boolean> {
  const sent = await db
    .update(documentNotices)
    .set({ state: 'sent', sentAt: new Date(), lastError: null })
    .where(and(eq(documentNotices.id, noticeId), eq(documentNotices.state, 'sending')))
    .returning({ id: documentNotices.id });
  return sent.length > 0;
}

/** Gives a failed attempt back (`sending -> queued`) for the retry to claim. */
export async function releaseDocumentNotice(db: DbOrTx, noticeId: string, error: string): Promise<boolean> {
  const released = await db
    .update(documentNotices)
    .set({ state: 'queued', lastError: clipReason(error) })
    .where(and(eq(documentNotices.id, noticeId), eq(documentNotices.state, 'sending')))
    .returning({ id: documentNotices.id });
  return released.length > 0;
}

/** The last attempt failed, or the server refused for good: `failed`, with the server's reason. */
export async function failDocumentNotice(db: DbOrTx, noticeId: string, reason: string): Promise<boolean> {
  const failed = await db
    .update(documentNotices)
    .set({ state: 'failed', lastError: clipReason(reason) })
    .where(and(eq(documentNotices.id, noticeId), inArray(documentNotices.state, ['queued', 'sending'])))
    .returning({ id: documentNotices.id });
  return failed.length > 0;
}
