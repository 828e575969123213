import { type DbOrTx, type MessageThreadStatus, schema } from '@portico/db';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import type { PortalScope } from '../portal-content/visibility';
import {
  type AttachmentDownload,
  type AttachmentUpload,
  readThreadAttachment,
  uploadMessageAttachment,
} from './attachments';
import { appendMessage, cleanSubject, markReadByContact, type NewMessage } from './message-writes';
import { threadVisible } from './thread-access';
import {
  type MessageAttachmentInfo,
  type MessageThreadDetail,
  type MessageThreadSummary,
  selectThreadSummaries,
  threadMessages,
  toThreadSummary,
} from './thread-queries';
import { resolveThreadSubject, type ThreadAbout } from './thread-subjects';

const { messageThreadReads, messageThreads, messages } = schema;
const t = messageThreads;

/**
 * Messages in the thread the contact has not read: anyone else's (the office's, or another
 * contact's of the same customer), newer than its read marker.
 */
function contactUnread(contactId: string): SQL<number> {
  return sql<number>`(select count(*)::int from ${messages} m where m.thread_id = ${t.id}
    and m.contact_id is distinct from ${contactId}
    and m.created_at > coalesce((select r.last_read_at from ${messageThreadReads} r
      where r.contact_id = ${contactId} and r.thread_id = ${t.id}), '-infinity'::timestamptz))`;
}

const keyset: Keyset = { keys: [sql`${t.lastMessageAt}`, sql`${t.id}`], types: ['timestamptz', 'uuid'] };

export async function listPortalThreads(
  db: DbOrTx,
  scope: PortalScope,
  filter: { status?: MessageThreadStatus | undefined },
  page: PageRequest,
): Promise<Page<MessageThreadSummary>> {
  const base = and(threadVisible(scope), filter.status ? eq(t.status, filter.status) : undefined);
  const q = keysetPage(keyset, { ...page, order: 'desc' });
  const [rows, [count]] = await Promise.all([
    selectThreadSummaries(db, contactUnread(scope.contact.id), {
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

async function visibleSummary(
  db: DbOrTx,
  scope: PortalScope,
  threadId: string,
): Promise<MessageThreadSummary> {
  const [row] = await selectThreadSummaries(db, contactUnread(scope.contact.id), {
    where: and(eq(t.id, threadId), threadVisible(scope)),
    orderBy: [],
    limit: 1,
  });
  if (!row) throw new NotFoundError('Thread');
  return toThreadSummary(row);
}

/** One thread with its messages; another customer's (or one the contact's access no longer covers) is a 404. */
export async function getPortalThread(
  db: DbOrTx,
  scope: PortalScope,
  threadId: string,
): Promise<MessageThreadDetail> {
  const summary = await visibleSummary(db, scope, threadId);
  return { ...summary, messages: await threadMessages(db, threadId, { contactId: scope.contact.id }) };
}

export interface StartThreadInput extends NewMessage {
  subject: string;
  about: ThreadAbout;
}

/** A contact asks a question about something it can see. */
export async function startPortalThread(
  db: DbOrTx,
  scope: PortalScope,
  input: StartThreadInput,
): Promise<MessageThreadDetail> {
  const orgId = scope.contact.orgId;
  const threadId = await db.transaction(async (tx) => {
    const about = await resolveThreadSubject(tx, scope, input.about);
    const [thread] = await tx
      .insert(messageThreads)
      .values({
        orgId,
        ...about,
        subject: cleanSubject(input.subject),
        startedBy: 'contact',
        contactId: scope.contact.id,
      })
      .returning({ id: messageThreads.id });
    if (!thread) throw new Error('insert returned no row');
    await appendMessage(tx, orgId, thread.id, { kind: 'contact', contactId: scope.contact.id }, input);
    return thread.id;
  });
  return getPortalThread(db, scope, threadId);
}

export async function replyToPortalThread(
  db: DbOrTx,
  scope: PortalScope,
  threadId: string,
  input: NewMessage,
): Promise<MessageThreadDetail> {
  await db.transaction(async (tx) => {
    const [thread] = await tx
      .select({ id: t.id })
      .from(t)
      .where(and(eq(t.id, threadId), threadVisible(scope)))
      .for('update', { of: t })
      .limit(1);
    if (!thread) throw new NotFoundError('Thread');
    await appendMessage(
      tx,
      scope.contact.orgId,
      threadId,
      { kind: 'contact', contactId: scope.contact.id },
      input,
    );
  });
  return getPortalThread(db, scope, threadId);
}

export async function markPortalThreadRead(db: DbOrTx, scope: PortalScope, threadId: string): Promise<void> {
  const [thread] = await db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.id, threadId), threadVisible(scope)))
    .limit(1);
  if (!thread) throw new NotFoundError('Thread');
  await markReadByContact(db, scope.contact.orgId, threadId, scope.contact.id);
}

/** For the portal's navigation badge: threads with something unread, and how many messages. */
export async function portalUnreadCounts(
  db: DbOrTx,
  scope: PortalScope,
): Promise<{ threads: number; messages: number }> {
  const unread = contactUnread(scope.contact.id);
  const [row] = await db
    .select({
      threads: sql<number>`count(*) filter (where ${unread} > 0)::int`,
      messages: sql<number>`coalesce(sum(${unread}), 0)::int`,
    })
    .from(t)
    .where(threadVisible(scope));
  return { threads: row?.threads ?? 0, messages: row?.messages ?? 0 };
}

export function uploadPortalAttachment(
  db: DbOrTx,
  scope: PortalScope,
  upload: AttachmentUpload,
): Promise<MessageAttachmentInfo> {
  return uploadMessageAttachment(db, scope.contact.orgId, { contactId: scope.contact.id }, upload);
}

export function downloadPortalAttachment(
  db: DbOrTx,
  scope: PortalScope,
  threadId: string,
  attachmentId: string,
): Promise<AttachmentDownload> {
  return readThreadAttachment(db, scope.contact.orgId, threadId, attachmentId, threadVisible(scope));
}
