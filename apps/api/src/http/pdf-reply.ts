import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { contentDisposition } from './content-disposition';
import { StringEnum } from './schema-helpers';

/** The OpenAPI shape of a PDF answer, so the generated client knows it is a binary download. */
export const PdfResponse = {
  description: 'The PDF file.',
  content: {
    'application/pdf': {
      schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The PDF file.' }),
    },
  },
};

export const DispositionQuery = Type.Object(
  {
    disposition: Type.Optional(StringEnum(['inline', 'attachment'] as const, { default: 'attachment' })),
  },
  { additionalProperties: false },
);

/**
 * Sends a stored PDF. Never cached by shared caches (the bytes are one customer's), and never
 * sniffed into something a browser would run.
 */
export function sendPdf(
  reply: FastifyReply,
  file: { filename: string; data: Buffer },
  disposition: 'inline' | 'attachment',
) {
  return reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', contentDisposition(disposition, file.filename))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(file.data);
}
