import type { AttachmentDownload } from '@portico/core';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../http/content-disposition';

/**
 * Sends a stored attachment: as the type its bytes were checked to be, never sniffed into
 * something else, never cached by shared caches, and sandboxed should a browser render it.
 */
export function sendAttachment(reply: FastifyReply, file: AttachmentDownload, inline: boolean) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.filename))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "sandbox; default-src 'none'")
    .send(file.data);
}

/** The raw upload as a buffer (the upload contexts parse only the allowed types, as buffers). */
export function uploadOf(request: {
  body: unknown;
  headers: { 'content-type'?: string | undefined };
  query: { filename?: string | undefined };
}) {
  return {
    data: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
    contentType: request.headers['content-type'],
    filename: request.query.filename,
  };
}
