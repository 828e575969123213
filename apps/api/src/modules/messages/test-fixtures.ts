import { putFile } from '@portico/core';
import { type Db, schema } from '@portico/db';

/** A thread about a building with one contact message carrying a PDF: for route sweeps. */
export async function makeThreadWithAttachment(
  db: Db,
  orgId: string,
  about: { accountId: string; buildingId: string; contactId: string },
) {
  const [thread] = await db
    .insert(schema.messageThreads)
    .values({
      orgId,
      accountId: about.accountId,
      buildingId: about.buildingId,
      subject: 'A question',
      startedBy: 'contact',
      contactId: about.contactId,
    })
    .returning();
  if (!thread) throw new Error('thread insert returned no row');
  const [message] = await db
    .insert(schema.messages)
    .values({ orgId, threadId: thread.id, authorKind: 'contact', contactId: about.contactId, body: 'Hello' })
    .returning();
  if (!message) throw new Error('message insert returned no row');
  const file = await putFile(db, orgId, {
    filename: 'photo.pdf',
    contentType: 'application/pdf',
    data: Buffer.from('%PDF-1.4\n'),
  });
  const [attachment] = await db
    .insert(schema.messageAttachments)
    .values({
      orgId,
      messageId: message.id,
      fileId: file.id,
      uploadedByContactId: about.contactId,
      filename: file.filename,
      contentType: file.contentType,
      byteSize: file.byteSize,
    })
    .returning();
  if (!attachment) throw new Error('attachment insert returned no row');
  return { thread, message, attachment };
}
