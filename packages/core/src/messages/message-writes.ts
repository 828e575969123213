import { type DbOrTx, schema } from '@portico/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { RuleViolationError, ValidationError } from '../errors';
import { MESSAGE_ATTACHMENTS_PER_MESSAGE } from './attachment-types';

const { messageAttachments, messageThreadReads, messageThreads, messages } = schema;

export type MessageAuthor = { kind: 'contact'; contactId: string } | { kind: 'office'; officeUserId: string };

export interface NewMessage {
  body: string;
  attachmentIds?: string[] | undefined;
}

export const MESSAGE_BODY_MAX = 10_000;

export function cleanBody(body: string): string {
  const text = body.trim();
  if (!text) throw new ValidationError('Write a message.', [{ field: 'body', message: 'must not be blank' }]);
  if (text.length > MESSAGE_BODY_MAX)
    throw new ValidationError('The message is too long.', [
      { field: 'body', message: `at most ${MESSAGE_BODY_MAX} characters` },
    ]);
  return text;
}

/**
 * Writes a message into a thread (in the caller's transaction) and keeps the thread's inbox
 * columns in step: last_message_at; for a contact, last_contact_message_at (unread for the
 * office) and the thread reopened, since a customer writing again means it is not settled; for
 * the office, office_read_at (whoever answers has read it). The author's own read marker moves
 * too, so one's own message is never unread.
 */
export async function appendMessage(
  tx: DbOrTx,
  orgId: string,
  threadId: string,
  author: MessageAuthor,
  input: NewMessage,
): Promise<{ id: string; createdAt: Date }> {
  const body = cleanBody(input.body);
  const attachmentIds = [...new Set(input.attachmentIds ?? [])];
  if (attachmentIds.length > MESSAGE_ATTACHMENTS_PER_MESSAGE)
    throw new ValidationError(`At most ${MESSAGE_ATTACHMENTS_PER_MESSAGE} files per message.`, [
      { field: 'attachmentIds', message: `at most ${MESSAGE_ATTACHMENTS_PER_MESSAGE}` },
    ]);
  const [message] = await tx
    .insert(messages)
    .values({
      orgId,
      threadId,
      authorKind: author.kind,
      contactId: author.kind === 'contact' ? author.contactId : null,
      officeUserId: author.kind === 'office' ? author.officeUserId : null,
      body,
    })
    .returning({ id: messages.id, createdAt: messages.createdAt });
  if (!message) throw new Error('insert returned no row');

  if (attachmentIds.length > 0) {
    // Only the uploader's own, not yet sent files: an id guessed or reused attaches nothing.
    const uploader =
      author.kind === 'contact'
        ? eq(messageAttachments.uploadedByContactId, author.contactId)
        : eq(messageAttachments.uploadedByOfficeUserId, author.officeUserId);
    const linked = await tx
      .update(messageAttachments)
      .set({ messageId: message.id })
      .where(
        and(
          eq(messageAttachments.orgId, orgId),
          inArray(messageAttachments.id, attachmentIds),
          isNull(messageAttachments.messageId),
          uploader,
        ),
      )
      .returning({ id: messageAttachments.id });
    if (linked.length !== attachmentIds.length)
      throw new RuleViolationError('An attachment was not found, or was already sent. Upload it again.');
  }

  const at = message.createdAt;
  await tx
    .update(messageThreads)
    .set(
      author.kind === 'contact'
        ? { lastMessageAt: at, lastContactMessageAt: at, status: 'open' }
        : {
            lastMessageAt: at,
            officeReadAt: sql`greatest(${messageThreads.officeReadAt}, ${at.toISOString()}::timestamptz)`,
          },
    )
    .where(and(eq(messageThreads.orgId, orgId), eq(messageThreads.id, threadId)));
  if (author.kind === 'contact') await markReadByContact(tx, orgId, threadId, author.contactId);
  return message;
}

/** Moves the contact's read marker of a thread to now (never backwards). */
export async function markReadByContact(
  tx: DbOrTx,
  orgId: string,
  threadId: string,
  contactId: string,
): Promise<void> {
  await tx
    .insert(messageThreadReads)
    .values({ orgId, threadId, contactId, lastReadAt: sql`now()` })
    .onConflictDoUpdate({
      target: [messageThreadReads.contactId, messageThreadReads.threadId],
      set: { lastReadAt: sql`greatest(${messageThreadReads.lastReadAt}, now())` },
    });
}

export function cleanSubject(subject: string): string {
  const text = subject.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200)
    throw new ValidationError('Give the conversation a subject (up to 200 characters).', [
      { field: 'subject', message: 'between 1 and 200 characters' },
    ]);
  return text;
}
