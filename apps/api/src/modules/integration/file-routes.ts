import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { attachDocumentPdf } from '@portico/core';
import { problems } from '../../http/problem';
import { ExternalIdParams, FileQuery, PdfBody, StoredFileDto } from './schemas';
import { envelopeValidator } from './validation';

/**
 * The PDF upload, in a context of its own: the only parser here is application/pdf (so any other
 * content type is a 415) and the body limit is the configured file size, not the JSON limit.
 */
export const documentFileRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const maxBytes = app.config.ingestFileMaxBytes;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/pdf',
    { parseAs: 'buffer', bodyLimit: maxBytes },
    (_request, body, done) => done(null, body),
  );

  app.put(
    '/documents/:externalId/file',
    {
      bodyLimit: maxBytes,
      preHandler: app.requireScope('documents:write'),
      validatorCompiler: envelopeValidator(null),
      schema: {
        tags: ['integration'],
        security: [{ integrationKey: [] }],
        operationId: 'uploadDocumentFile',
        summary: "Upload or replace a document's PDF",
        description: `Raw bytes with Content-Type: application/pdf, at most ${maxBytes} bytes (INGEST_FILE_MAX_BYTES). Needs the documents:write scope. Replacing a file deletes the previous one.`,
        consumes: ['application/pdf'],
        params: ExternalIdParams,
        querystring: FileQuery,
        body: PdfBody,
        response: { 200: StoredFileDto, ...problems(400, 401, 403, 404, 413, 415, 422) },
      },
    },
    async (request) => {
      const data = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const { documentId, file } = await attachDocumentPdf(
        app.db,
        request.integration.orgId,
        request.params.externalId,
        {
          data,
          filename: request.query.filename,
        },
      );
      return {
        documentId,
        fileId: file.id,
        filename: file.filename,
        byteSize: file.byteSize,
        sha256: file.sha256,
      };
    },
  );
};
