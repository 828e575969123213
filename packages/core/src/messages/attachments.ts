import { type DbOrTx, schema } from '@portico/db';
import { and, eq, type SQL } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import { getFile, putFile } from '../ingest/file-store';
import { checkAttachment } from './attachment-types';
import type { MessageAttachmentInfo } from './thread-queries';

const { messageAttachments, messages } = schema;

export interface AttachmentUpload {
  data: Buffer;
  contentType?: string | undefined;
  filename?: string | undefined;
}

/**
 * Stores an uploaded file, checked by its content (attachment-types), as not yet sent: it joins
 * a message when its uploader sends one naming it.
 */
export async function uploadMessageAttachment(
  db: DbOrTx,
  orgId: string,
  uploader: { contactId: string } | { officeUserId: string },
  upload: AttachmentUpload,
): Promise<MessageAttachmentInfo> {
  const checked = checkAttachment(upload.data, upload);
  return db.transaction(async (tx) => {
    const file = await putFile(tx, orgId, { ...checked, data: upload.data });
    const [row] = await tx
      .insert(messageAttachments)
      .values({
        orgId,
        fileId: file.id,
        uploadedByContactId: 'contactId' in uploader ? uploader.contactId : null,
        uploadedByOfficeUserId: 'officeUserId' in uploader ? uploader.officeUserId : null,
        filename: file.filename,
        contentType: file.contentType,
        byteSize: file.byteSize,
      })
      .returning({
        id: messageAttachments.id,
        filename: messageAttachments.filename,
        contentType: messageAttachments.contentType,
        byteSize: messageAttachments.byteSize,
      });
    if (!row) throw new Error('insert returned no row');
    return row;
  });
}

export interface AttachmentDownload {
  filename: string;
  contentType: string;
  data: Buffer;
}

/**
 * A sent attachment of a thread the caller may read (`threadAllowed`: the office's org check or
 * the contact's access rule, over message_threads). Anything else is "not found".
 */
export async function readThreadAttachment(
  db: DbOrTx,
  orgId: string,
  threadId: string,
  attachmentId: string,
  threadAllowed: SQL,
): Promise<AttachmentDownload> {
  const [row] = await db
    .select({ fileId: messageAttachments.fileId, filename: messageAttachments.filename })
    .from(messageAttachments)
    .innerJoin(messages, eq(messages.id, messageAttachments.messageId))
    .innerJoin(schema.messageThreads, eq(schema.messageThreads.id, messages.threadId))
    .where(
      and(
        eq(messageAttachments.orgId, orgId),
        eq(messageAttachments.id, attachmentId),
        eq(messages.threadId, threadId),
        threadAllowed,
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError('Attachment');
  const file = await getFile(db, orgId, row.fileId);
  return { filename: row.filename, contentType: file.contentType, data: file.data };
}
