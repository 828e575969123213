import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../http/content-disposition';

/**
 * Sends a stored photo. Its content type is the one its bytes were checked to be at upload, and
 * `nosniff` keeps a browser from reading it as anything else; one customer's, so never cached by
 * shared caches.
 */
export function sendPhoto(
  reply: FastifyReply,
  file: { filename: string; contentType: string; data: Buffer },
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', contentDisposition('inline', file.filename))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(file.data);
}
