import { RuleViolationError } from '../errors';

/** What a message may carry: documents and photos, nothing a browser or an OS would run. */
export const attachmentContentTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type AttachmentContentType = (typeof attachmentContentTypes)[number];

/** 10 MiB: a phone photo or a scanned page, well under what a mail server refuses. */
export const MESSAGE_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Files per message: enough for a few photos of a fault, not a file share. */
export const MESSAGE_ATTACHMENTS_PER_MESSAGE = 5;

const extensions: Record<AttachmentContentType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
};

const startsWith = (data: Buffer, bytes: readonly number[], at = 0) =>
  data.byteLength >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);

/**
 * The type the bytes really are, from their signature (magic bytes), or null. Four formats with
 * fixed signatures need no library; an allow-list of signatures means HTML, SVG, scripts or
 * executables are refused whatever name or Content-Type they arrive with.
 */
export function sniffAttachmentType(data: Buffer): AttachmentContentType | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

/** A name safe in a header and on any file system, ending in the detected type's extension. */
export function safeAttachmentFilename(requested: string | undefined, type: AttachmentContentType): string {
  const base =
    (requested?.split(/[\\/]/).pop() ?? '')
      .replace(/[^A-Za-z0-9._ -]+/g, '_')
      .replace(/^[.\s]+/, '')
      .trim()
      .slice(0, 150) || 'attachment';
  const ext = base.includes('.') ? base.split('.').pop()?.toLowerCase() : undefined;
  return ext && extensions[type].includes(ext) ? base : `${base}.${extensions[type][0]}`;
}

/**
 * Checks an upload: its bytes must be one of the allowed types, and what the sender claimed (the
 * Content-Type, the file name's extension) must agree with them. A `.pdf` carrying HTML, or a
 * PNG sent as `application/pdf`, is refused (422) rather than stored under a false type.
 */
export function checkAttachment(
  data: Buffer,
  claimed: { contentType?: string | undefined; filename?: string | undefined },
): { contentType: AttachmentContentType; filename: string } {
  if (data.byteLength === 0) throw new RuleViolationError('The file is empty.');
  if (data.byteLength > MESSAGE_ATTACHMENT_MAX_BYTES)
    throw new RuleViolationError(
      `The file is larger than ${MESSAGE_ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB.`,
    );
  const detected = sniffAttachmentType(data);
  if (!detected)
    throw new RuleViolationError('Only PDF, PNG, JPEG and WebP files can be attached.', {
      code: 'attachment_type',
    });
  const claimedType = claimed.contentType?.split(';')[0]?.trim().toLowerCase();
  const ext = claimed.filename?.includes('.') ? claimed.filename.split('.').pop()?.toLowerCase() : undefined;
  const knownExt = ext && Object.values(extensions).some((list) => list.includes(ext));
  if (
    (claimedType && claimedType !== 'application/octet-stream' && claimedType !== detected) ||
    (knownExt && !extensions[detected].includes(ext))
  ) {
    throw new RuleViolationError('The file is not what its name or type says it is.', {
      code: 'attachment_type_mismatch',
    });
  }
  return { contentType: detected, filename: safeAttachmentFilename(claimed.filename, detected) };
}
