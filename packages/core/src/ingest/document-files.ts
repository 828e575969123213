import { type Db, schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import { NotFoundError, RuleViolationError } from '../errors';
import { deleteFile, putFile, type StoredFile } from './file-store';

const { documents } = schema;

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** A download name that is safe in a header and on any file system, ending in `.pdf`. */
export function safePdfFilename(requested: string | null | undefined, fallback: string): string {
  const clean = (name: string) =>
    name
      .replace(/[^A-Za-z0-9._ -]+/g, '_')
      .replace(/^[.\s]+/, '')
      .trim()
      .slice(0, 150);
  // A requested name may come with a path (keep its last part); a document number may contain
  // slashes (INV 7/1) and keeps all of it.
  const base = clean(requested?.split(/[\\/]/).pop() ?? '') || clean(fallback) || 'document';
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}

/**
 * Attaches a PDF to a document of the organization, by its external id. The previous file's row is
 * deleted in the same transaction, so replaced bytes do not linger.
 */
export async function attachDocumentPdf(
  db: Db,
  orgId: string,
  externalId: string,
  input: { data: Buffer; filename?: string | undefined },
): Promise<{ documentId: string; file: StoredFile }> {
  if (
    input.data.byteLength < PDF_MAGIC.length ||
    !input.data.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)
  ) {
    throw new RuleViolationError('The file is not a PDF: it does not start with %PDF-.');
  }
  return db.transaction(async (tx) => {
    const [document] = await tx
      .select({ id: documents.id, number: documents.number, fileId: documents.fileId })
      .from(documents)
      .where(and(eq(documents.orgId, orgId), eq(documents.externalId, externalId)))
      .for('update')
      .limit(1);
    if (!document) throw new NotFoundError('Document');
    const file = await putFile(tx, orgId, {
      filename: safePdfFilename(input.filename, document.number ?? externalId),
      contentType: 'application/pdf',
      data: input.data,
    });
    await tx.update(documents).set({ fileId: file.id }).where(eq(documents.id, document.id));
    if (document.fileId) await deleteFile(tx, orgId, document.fileId);
    return { documentId: document.id, file };
  });
}
