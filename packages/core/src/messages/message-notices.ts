import { type DbOrTx, type NotificationCategory, schema } from '@portico/db';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { clipReason } from '../invitations/delivery';
import { enqueueJobs } from '../jobs/outbox';
import { notificationChoice } from '../notification-preferences/preferences';
import { toPortalContact } from '../portal-auth/portal-contacts';
import { threadVisible } from './thread-access';

const { contacts, messageNotices, messageThreads, messages, officeUsers, organizations, portalIdentities } =
  schema;

export const MESSAGE_NOTICE_CATEGORY: NotificationCategory = 'messages';

/** The portal page of a thread; built from the configured base URL only. */
export function threadUrlOf(portalUrl: string, threadId: string): string {
  return `${portalUrl.replace(/\/$/, '')}/messages/${threadId}`;
}

/**
 * Called in the transaction of an office reply: one notice (and its send job) per contact who
 * took part in the thread (wrote in it, or started it, or was written to), unless its `messages`
 * preference is off. Whether it may still read the thread is checked again when the email is
 * claimed, as for document notices. `daily` counts as `immediately`: a reply is a conversation,
 * and the digest carries documents only.
 */
export async function writeReplyNotices(
  tx: DbOrTx,
  orgId: string,
  threadId: string,
  messageId: string,
): Promise<number> {
  const result = await tx.execute<{ id: string }>(sql`
    with participants as (
      select ${messageThreads.contactId} as contact_id from ${messageThreads}
        where ${messageThreads.id} = ${threadId} and ${messageThreads.orgId} = ${orgId} and ${messageThreads.contactId} is not null
      union
      select ${messages.contactId} from ${messages}
        where ${messages.threadId} = ${threadId} and ${messages.authorKind} = 'contact' and ${messages.contactId} is not null
    ),
    notices as (
      insert into ${messageNotices} (org_id, message_id, contact_id)
      select ${orgId}, ${messageId}, p.contact_id from participants p
      join ${contacts} c on c.id = p.contact_id and c.org_id = ${orgId}
      where coalesce((select np.choice from notification_preferences np
        where np.contact_id = p.contact_id and np.category = 'messages'), 'immediately') <> 'off'
      returning id
    )
    select id from notices`);
  await enqueueJobs(
    tx,
    result.rows.map((r) => ({ orgId, job: 'messageNotice.send' as const, payload: { noticeId: r.id } })),
  );
  return result.rows.length;
}

export interface MessageNoticeEmail {
  noticeId: string;
  contactId: string;
  categories: NotificationCategory[];
  to: string;
  from: string | null;
  organizationName: string;
  brandColor: string;
  contactFirstName: string;
  authorName: string;
  threadSubject: string;
  /** The start of the reply; the whole of it is in the portal. */
  excerpt: string;
  attachments: number;
  url: string;
}

export type MessageNoticeClaim = { email: MessageNoticeEmail } | { skipped: string };

const EXCERPT = 600;

/**
 * Claims a notice (`queued -> sending`, the guard against a duplicate job) and reads what the
 * email needs, checking again that the contact can sign in, still sees the thread, and has not
 * turned `messages` off since. Null: nothing to claim.
 */
export async function claimMessageNotice(
  db: DbOrTx,
  noticeId: string,
  portalUrl: string,
): Promise<MessageNoticeClaim | null> {
  const [claimed] = await db
    .update(messageNotices)
    .set({ state: 'sending', attempts: sql`${messageNotices.attempts} + 1` })
    .where(and(eq(messageNotices.id, noticeId), eq(messageNotices.state, 'queued')))
    .returning({ contactId: messageNotices.contactId, messageId: messageNotices.messageId });
  if (!claimed) return null;
  const [row] = await db
    .select({
      contact: contacts,
      organization: organizations,
      identity: portalIdentities.contactId,
      threadId: messages.threadId,
      body: messages.body,
      authorName: officeUsers.name,
      subject: messageThreads.subject,
      attachments: sql<number>`(select count(*)::int from message_attachments a where a.message_id = ${messages.id})`,
    })
    .from(messages)
    .innerJoin(messageThreads, eq(messageThreads.id, messages.threadId))
    .innerJoin(contacts, eq(contacts.id, claimed.contactId))
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .leftJoin(portalIdentities, eq(portalIdentities.contactId, contacts.id))
    .leftJoin(officeUsers, eq(officeUsers.id, messages.officeUserId))
    .where(eq(messages.id, claimed.messageId));
  if (!row) return skipNotice(db, noticeId, 'the message is gone');
  const { contact: c, organization: o } = row;
  const to = c.email?.trim();
  if (c.suspended) return skipNotice(db, noticeId, 'the contact is suspended');
  if (c.inviteStatus !== 'enrolled' || !row.identity)
    return skipNotice(db, noticeId, 'the contact is not enrolled');
  if (!to) return skipNotice(db, noticeId, 'the contact has no email address');
  if ((await notificationChoice(db, c.id, MESSAGE_NOTICE_CATEGORY)) === 'off')
    return skipNotice(db, noticeId, 'the contact turned message emails off');
  const contact = toPortalContact(c, o);
  const [visible] = await db
    .select({ id: messageThreads.id })
    .from(messageThreads)
    .where(and(eq(messageThreads.id, row.threadId), threadVisible({ contact, view: { kind: 'all' } })));
  if (!visible) return skipNotice(db, noticeId, 'the contact can no longer see the thread');
  return {
    email: {
      noticeId,
      contactId: c.id,
      categories: [MESSAGE_NOTICE_CATEGORY],
      to,
      from: o.defaultEmailFrom,
      organizationName: o.name,
      brandColor: o.brandColor,
      contactFirstName: c.firstName,
      authorName: row.authorName ?? o.name,
      threadSubject: row.subject,
      excerpt: row.body.length > EXCERPT ? `${row.body.slice(0, EXCERPT)}…` : row.body,
      attachments: row.attachments,
      url: threadUrlOf(portalUrl, row.threadId),
    },
  };
}

async function skipNotice(db: DbOrTx, noticeId: string, why: string): Promise<MessageNoticeClaim> {
  const skipped = `Skipped: ${why}.`;
  await db
    .update(messageNotices)
    .set({ state: 'sent', lastError: skipped })
    .where(and(eq(messageNotices.id, noticeId), eq(messageNotices.state, 'sending')));
  return { skipped };
}

export async function markMessageNoticeSent(db: DbOrTx, noticeId: string): Promise<boolean> {
  const sent = await db
    .update(messageNotices)
    .set({ state: 'sent', sentAt: new Date(), lastError: null })
    .where(and(eq(messageNotices.id, noticeId), eq(messageNotices.state, 'sending')))
    .returning({ id: messageNotices.id });
  return sent.length > 0;
}

export async function releaseMessageNotice(db: DbOrTx, noticeId: string, error: string): Promise<boolean> {
  const released = await db
    .update(messageNotices)
    .set({ state: 'queued', lastError: clipReason(error) })
    .where(and(eq(messageNotices.id, noticeId), eq(messageNotices.state, 'sending')))
    .returning({ id: messageNotices.id });
  return released.length > 0;
}

export async function failMessageNotice(db: DbOrTx, noticeId: string, reason: string): Promise<boolean> {
  const failed = await db
    .update(messageNotices)
    .set({ state: 'failed', lastError: clipReason(reason) })
    .where(and(eq(messageNotices.id, noticeId), inArray(messageNotices.state, ['queued', 'sending'])))
    .returning({ id: messageNotices.id });
  return failed.length > 0;
}

/**
 * The safety net of "the office replied" emails, run by the worker's sweep beside the document
 * notices': a worker that died between claim and mark leaves a notice in `sending`; after
 * `olderThan` it is queued again with a new job (the email may go twice, never zero times).
 */
export async function reconcileMessageNotices(db: DbOrTx, olderThan: Date, limit = 2000): Promise<number> {
  return db.transaction(async (tx) => {
    const stuck = tx
      .select({ id: messageNotices.id })
      .from(messageNotices)
      .where(and(eq(messageNotices.state, 'sending'), lt(messageNotices.updatedAt, olderThan)))
      .limit(limit)
      .for('update', { skipLocked: true });
    const resumed = await tx
      .update(messageNotices)
      .set({ state: 'queued', lastError: 'The send was interrupted; queued again.' })
      .where(inArray(messageNotices.id, stuck))
      .returning({ id: messageNotices.id, orgId: messageNotices.orgId });
    await enqueueJobs(
      tx,
      resumed.map((n) => ({
        orgId: n.orgId,
        job: 'messageNotice.send' as const,
        payload: { noticeId: n.id },
      })),
    );
    return resumed.length;
  });
}
