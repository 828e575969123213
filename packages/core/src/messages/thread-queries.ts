import { type DbOrTx, type MessageAuthorKind, type MessageThreadStatus, schema } from '@portico/db';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';

const {
  accounts,
  buildings,
  contacts,
  documents,
  messageAttachments,
  messageThreads,
  messages,
  officeUsers,
} = schema;

export type ThreadSubjectKind = 'account' | 'building' | 'document';

export interface MessageThreadSummary {
  id: string;
  subject: string;
  status: MessageThreadStatus;
  about: {
    kind: ThreadSubjectKind;
    accountId: string;
    accountName: string;
    buildingId: string | null;
    buildingName: string | null;
    documentId: string | null;
    documentTitle: string | null;
  };
  startedBy: MessageAuthorKind;
  contact: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  lastMessageAt: Date;
  createdAt: Date;
  /** Messages the reader has not read (the office as a team, or this contact). */
  unreadCount: number;
  lastMessage: { authorKind: MessageAuthorKind; preview: string } | null;
}

export interface MessageAttachmentInfo {
  id: string;
  filename: string;
  contentType: string;
  byteSize: number;
}

export interface ThreadMessage {
  id: string;
  authorKind: MessageAuthorKind;
  authorName: string;
  /** True for the reader's own messages (the portal contact, or the office user). */
  mine: boolean;
  body: string;
  createdAt: Date;
  attachments: MessageAttachmentInfo[];
}

export interface MessageThreadDetail extends MessageThreadSummary {
  messages: ThreadMessage[];
}

const assignee = alias(officeUsers, 'assignee');
const starter = alias(contacts, 'starter');
const t = messageThreads;

/** The list columns of a thread; `unread` is the reader's unread-count expression. */
export function threadSummaryColumns(unread: SQL<number>) {
  return {
    id: t.id,
    subject: t.subject,
    status: t.status,
    accountId: t.accountId,
    accountName: accounts.name,
    buildingId: t.buildingId,
    buildingName: buildings.name,
    documentId: t.documentId,
    documentTitle: documents.title,
    startedBy: t.startedBy,
    contactId: starter.id,
    contactName: sql<
      string | null
    >`nullif(trim(concat_ws(' ', ${starter.firstName}, ${starter.lastName})), '')`,
    assigneeId: assignee.id,
    assigneeName: assignee.name,
    lastMessageAt: t.lastMessageAt,
    createdAt: t.createdAt,
    unreadCount: unread,
    last: sql<{
      authorKind: MessageAuthorKind;
      body: string;
    } | null>`(select json_build_object('authorKind', m.author_kind, 'body', left(m.body, 160))
      from ${messages} m where m.thread_id = ${t.id} order by m.created_at desc, m.id desc limit 1)`,
  };
}

/** Thread summaries with every join they need, in one place; `cursorKeys` for keyset pages. */
export function selectThreadSummaries(
  db: DbOrTx,
  unread: SQL<number>,
  query: { where: SQL | undefined; orderBy: SQL[]; limit: number; cursorKeys?: SQL<string[]> },
) {
  return db
    .select({
      ...threadSummaryColumns(unread),
      cursorKeys: query.cursorKeys ?? sql<string[]>`array[]::text[]`,
    })
    .from(t)
    .innerJoin(accounts, eq(accounts.id, t.accountId))
    .leftJoin(buildings, eq(buildings.id, t.buildingId))
    .leftJoin(documents, eq(documents.id, t.documentId))
    .leftJoin(starter, eq(starter.id, t.contactId))
    .leftJoin(assignee, eq(assignee.id, t.assigneeId))
    .where(query.where)
    .orderBy(...query.orderBy)
    .limit(query.limit);
}

type SummaryRow = Awaited<ReturnType<typeof selectThreadSummaries>>[number];

export function toThreadSummary(row: SummaryRow): MessageThreadSummary {
  const kind: ThreadSubjectKind = row.documentId ? 'document' : row.buildingId ? 'building' : 'account';
  return {
    id: row.id,
    subject: row.subject,
    status: row.status,
    about: {
      kind,
      accountId: row.accountId,
      accountName: row.accountName,
      buildingId: row.buildingId,
      buildingName: row.buildingName,
      documentId: row.documentId,
      documentTitle: row.documentTitle,
    },
    startedBy: row.startedBy,
    contact: row.contactId ? { id: row.contactId, name: row.contactName ?? '' } : null,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? '' } : null,
    lastMessageAt: new Date(row.lastMessageAt),
    createdAt: new Date(row.createdAt),
    unreadCount: Number(row.unreadCount),
    lastMessage: row.last ? { authorKind: row.last.authorKind, preview: row.last.body } : null,
  };
}

/** A thread's messages, oldest first, with their attachments and authors' names. */
export async function threadMessages(
  db: DbOrTx,
  threadId: string,
  reader: { contactId: string } | { officeUserId: string },
): Promise<ThreadMessage[]> {
  const rows = await db
    .select({
      id: messages.id,
      authorKind: messages.authorKind,
      contactId: messages.contactId,
      officeUserId: messages.officeUserId,
      contactName: sql<
        string | null
      >`nullif(trim(concat_ws(' ', ${contacts.firstName}, ${contacts.lastName})), '')`,
      officeName: officeUsers.name,
      body: messages.body,
      createdAt: messages.createdAt,
    })
    .from(messages)
    .leftJoin(contacts, eq(contacts.id, messages.contactId))
    .leftJoin(officeUsers, eq(officeUsers.id, messages.officeUserId))
    .where(eq(messages.threadId, threadId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  const ids = rows.map((r) => r.id);
  const files =
    ids.length === 0
      ? []
      : await db
          .select({
            id: messageAttachments.id,
            messageId: messageAttachments.messageId,
            filename: messageAttachments.filename,
            contentType: messageAttachments.contentType,
            byteSize: messageAttachments.byteSize,
          })
          .from(messageAttachments)
          .where(and(inArray(messageAttachments.messageId, ids)))
          .orderBy(asc(messageAttachments.createdAt));
  return rows.map((r) => ({
    id: r.id,
    authorKind: r.authorKind,
    authorName: r.authorKind === 'office' ? (r.officeName ?? 'Office') : (r.contactName ?? 'Former contact'),
    mine:
      'contactId' in reader
        ? r.authorKind === 'contact' && r.contactId === reader.contactId
        : r.authorKind === 'office' && r.officeUserId === reader.officeUserId,
    body: r.body,
    createdAt: r.createdAt,
    attachments: files.filter((f) => f.messageId === r.id).map(({ messageId: _m, ...f }) => f),
  }));
}
