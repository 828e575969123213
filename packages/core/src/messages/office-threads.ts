import { type DbOrTx, type MessageThreadStatus, schema } from '@portico/db';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, RuleViolationError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { toPortalContact } from '../portal-auth/portal-contacts';
import {
  type AttachmentDownload,
  type AttachmentUpload,
  readThreadAttachment,
  uploadMessageAttachment,
} from './attachments';
import { writeReplyNotices } from './message-notices';
import { appendMessage, cleanSubject, type NewMessage } from './message-writes';
import {
  type MessageAttachmentInfo,
  type MessageThreadDetail,
  type MessageThreadSummary,
  selectThreadSummaries,
  threadMessages,
  toThreadSummary,
} from './thread-queries';
import { resolveThreadSubject, type ThreadAbout } from './thread-subjects';

const { contacts, messageThreads, messages, officeUsers, organizations } = schema;
const t = messageThreads;

/** Contact messages newer than the office's read time: the office reads as one team (decision 011). */
const officeUnread: SQL<number> = sql<number>`(select count(*)::int from ${messages} m where m.thread_id = ${t.id}
  and m.author_kind = 'contact' and m.created_at > coalesce(${t.officeReadAt}, '-infinity'::timestamptz))`;
const hasUnread = sql`${t.lastContactMessageAt} > coalesce(${t.officeReadAt}, '-infinity'::timestamptz)`;

export interface OfficeThreadFilter {
  status?: MessageThreadStatus | undefined;
  /** An office user id, `me`, or `unassigned`. */
  assignee?: string | undefined;
  accountId?: string | undefined;
  unread?: boolean | undefined;
}

const keyset: Keyset = { keys: [sql`${t.lastMessageAt}`, sql`${t.id}`], types: ['timestamptz', 'uuid'] };

/** The inbox: the organization's threads, most recent activity first. */
export async function listOfficeThreads(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: OfficeThreadFilter,
  page: PageRequest,
): Promise<Page<MessageThreadSummary>> {
  const assignee =
    filter.assignee === 'unassigned'
      ? isNull(t.assigneeId)
      : filter.assignee
        ? eq(t.assigneeId, filter.assignee === 'me' ? ctx.actor.id : filter.assignee)
        : undefined;
  const base = and(
    eq(t.orgId, ctx.orgId),
    filter.status ? eq(t.status, filter.status) : undefined,
    assignee,
    filter.accountId ? eq(t.accountId, filter.accountId) : undefined,
    filter.unread === true
      ? hasUnread
      : filter.unread === false
        ? sql`not coalesce(${hasUnread}, false)`
        : undefined,
  );
  const q = keysetPage(keyset, { ...page, order: 'desc' });
  const [rows, [count]] = await Promise.all([
    selectThreadSummaries(db, officeUnread, {
      where: and(base, q.after),
      orderBy: q.orderBy,
      limit: q.limit,
      cursorKeys: q.cursorKeys,
    }),
    db.select({ n: sql<number>`count(*)::int` }).from(t).where(base),
  ]);
  const result = toPage(rows, page.limit, count?.n ?? 0);
  return { ...result, items: result.items.map((r) => toThreadSummary({ ...r, cursorKeys: [] })) };
}

/** For the console's navigation badge: threads with a contact message nobody in the office has read. */
export async function officeUnreadCount(db: DbOrTx, ctx: OfficeContext): Promise<{ threads: number }> {
  const [row] = await db
    .select({ threads: sql<number>`count(*)::int` })
    .from(t)
    .where(and(eq(t.orgId, ctx.orgId), hasUnread));
  return { threads: row?.threads ?? 0 };
}

export async function getOfficeThread(
  db: DbOrTx,
  ctx: OfficeContext,
  threadId: string,
): Promise<MessageThreadDetail> {
  const [row] = await selectThreadSummaries(db, officeUnread, {
    where: and(eq(t.orgId, ctx.orgId), eq(t.id, threadId)),
    orderBy: [],
    limit: 1,
  });
  if (!row) throw new NotFoundError('Thread');
  return {
    ...toThreadSummary(row),
    messages: await threadMessages(db, threadId, { officeUserId: ctx.actor.id }),
  };
}

async function lockThread(tx: DbOrTx, ctx: OfficeContext, threadId: string): Promise<void> {
  const [row] = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.orgId, ctx.orgId), eq(t.id, threadId)))
    .for('update')
    .limit(1);
  if (!row) throw new NotFoundError('Thread');
}

/** The office answers: the message, and the emails to the thread's contacts, commit together. */
export async function replyToOfficeThread(
  db: DbOrTx,
  ctx: OfficeContext,
  threadId: string,
  input: NewMessage,
): Promise<MessageThreadDetail> {
  await db.transaction(async (tx) => {
    await lockThread(tx, ctx, threadId);
    const message = await appendMessage(
      tx,
      ctx.orgId,
      threadId,
      { kind: 'office', officeUserId: ctx.actor.id },
      input,
    );
    await writeReplyNotices(tx, ctx.orgId, threadId, message.id);
  });
  return getOfficeThread(db, ctx, threadId);
}

export interface StartOfficeThreadInput extends NewMessage {
  contactId: string;
  subject: string;
  about: ThreadAbout;
}

/**
 * The office writes first, to a contact, about something that contact can see (checked with the
 * contact's own access, so the office cannot open a thread the customer could not read).
 */
export async function startOfficeThread(
  db: DbOrTx,
  ctx: OfficeContext,
  input: StartOfficeThreadInput,
): Promise<MessageThreadDetail> {
  const threadId = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ contact: contacts, organization: organizations })
      .from(contacts)
      .innerJoin(organizations, eq(organizations.id, contacts.orgId))
      .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, input.contactId)))
      .limit(1);
    if (!row) throw new NotFoundError('Contact');
    const contact = toPortalContact(row.contact, row.organization);
    const about = await resolveThreadSubject(tx, { contact, view: { kind: 'all' } }, input.about);
    const [thread] = await tx
      .insert(messageThreads)
      .values({
        orgId: ctx.orgId,
        ...about,
        subject: cleanSubject(input.subject),
        startedBy: 'office',
        contactId: contact.id,
        startedByOfficeUserId: ctx.actor.id,
      })
      .returning({ id: messageThreads.id });
    if (!thread) throw new Error('insert returned no row');
    const message = await appendMessage(
      tx,
      ctx.orgId,
      thread.id,
      { kind: 'office', officeUserId: ctx.actor.id },
      input,
    );
    await writeReplyNotices(tx, ctx.orgId, thread.id, message.id);
    return thread.id;
  });
  return getOfficeThread(db, ctx, threadId);
}

export interface ThreadChanges {
  status?: MessageThreadStatus | undefined;
  /** An office user of the organization, or null to unassign. */
  assigneeId?: string | null | undefined;
}

export async function updateOfficeThread(
  db: DbOrTx,
  ctx: OfficeContext,
  threadId: string,
  changes: ThreadChanges,
): Promise<MessageThreadDetail> {
  if (changes.assigneeId) {
    const [user] = await db
      .select({ id: officeUsers.id })
      .from(officeUsers)
      .where(
        and(
          eq(officeUsers.orgId, ctx.orgId),
          eq(officeUsers.id, changes.assigneeId),
          eq(officeUsers.active, true),
        ),
      )
      .limit(1);
    if (!user) throw new RuleViolationError('Assign the conversation to an active member of your office.');
  }
  const set: Partial<typeof messageThreads.$inferInsert> = {};
  if (changes.status) set.status = changes.status;
  if (changes.assigneeId !== undefined) set.assigneeId = changes.assigneeId;
  const updated = await db
    .update(messageThreads)
    .set({ ...set, updatedAt: new Date() })
    .where(and(eq(t.orgId, ctx.orgId), eq(t.id, threadId)))
    .returning({ id: t.id });
  if (updated.length === 0) throw new NotFoundError('Thread');
  return getOfficeThread(db, ctx, threadId);
}

export async function markOfficeThreadRead(db: DbOrTx, ctx: OfficeContext, threadId: string): Promise<void> {
  const updated = await db
    .update(messageThreads)
    .set({ officeReadAt: sql`greatest(${t.officeReadAt}, now())` })
    .where(and(eq(t.orgId, ctx.orgId), eq(t.id, threadId)))
    .returning({ id: t.id });
  if (updated.length === 0) throw new NotFoundError('Thread');
}

export function uploadOfficeAttachment(
  db: DbOrTx,
  ctx: OfficeContext,
  upload: AttachmentUpload,
): Promise<MessageAttachmentInfo> {
  return uploadMessageAttachment(db, ctx.orgId, { officeUserId: ctx.actor.id }, upload);
}

export function downloadOfficeAttachment(
  db: DbOrTx,
  ctx: OfficeContext,
  threadId: string,
  attachmentId: string,
): Promise<AttachmentDownload> {
  return readThreadAttachment(db, ctx.orgId, threadId, attachmentId, eq(t.orgId, ctx.orgId));
}

/** Who a conversation can be assigned to: the organization's active office users, by name. */
export async function listMessageAssignees(
  db: DbOrTx,
  ctx: OfficeContext,
): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: officeUsers.id, name: officeUsers.name })
    .from(officeUsers)
    .where(and(eq(officeUsers.orgId, ctx.orgId), eq(officeUsers.active, true)))
    .orderBy(officeUsers.name, officeUsers.id);
}
