import { createHash } from 'node:crypto';
import { type DbOrTx, schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import { NotFoundError } from '../errors';

const { files } = schema;

/**
 * The one place that knows where uploaded bytes live: PostgreSQL's `files` table for now, so every
 * API instance can serve them. Moving to S3-compatible storage later changes this module only.
 */
export interface StoredFile {
  id: string;
  filename: string;
  contentType: string;
  byteSize: number;
  sha256: string;
}

export async function putFile(
  db: DbOrTx,
  orgId: string,
  input: { filename: string; contentType: string; data: Buffer },
): Promise<StoredFile> {
  const [row] = await db
    .insert(files)
    .values({
      orgId,
      filename: input.filename,
      contentType: input.contentType,
      byteSize: input.data.byteLength,
      sha256: createHash('sha256').update(input.data).digest('hex'),
      data: input.data,
    })
    .returning({
      id: files.id,
      filename: files.filename,
      contentType: files.contentType,
      byteSize: files.byteSize,
      sha256: files.sha256,
    });
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The file with its bytes; another organization's file id is "not found". */
export async function getFile(
  db: DbOrTx,
  orgId: string,
  fileId: string,
): Promise<{ filename: string; contentType: string; byteSize: number; data: Buffer }> {
  const [row] = await db
    .select({
      filename: files.filename,
      contentType: files.contentType,
      byteSize: files.byteSize,
      data: files.data,
    })
    .from(files)
    .where(and(eq(files.orgId, orgId), eq(files.id, fileId)))
    .limit(1);
  if (!row) throw new NotFoundError('File');
  return row;
}

export async function deleteFile(db: DbOrTx, orgId: string, fileId: string): Promise<void> {
  await db.delete(files).where(and(eq(files.orgId, orgId), eq(files.id, fileId)));
}
