import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getOfficeDocument, getOfficeDocumentFile, listOfficeDocuments } from '@portico/core';
import { Page } from '../../http/pagination';
import { DispositionQuery, PdfResponse, sendPdf } from '../../http/pdf-reply';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { DocumentDto, ListDocumentsQuery, toDocumentDto } from './schemas';

/** Documents as the office sees them: published or not, with the customer's proposal decisions. */
export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const common = { tags: ['documents'], security: [{ officeBearer: [] }] };

  app.get(
    '/documents',
    {
      schema: {
        ...common,
        operationId: 'listDocuments',
        summary: 'List documents, newest issued first, with filters and search',
        querystring: ListDocumentsQuery,
        response: { 200: Page(DocumentDto, 'DocumentPage'), ...problems(400, 401) },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await listOfficeDocuments(app.db, request.office, filter, { limit, cursor });
      return { ...page, items: page.items.map(toDocumentDto) };
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        ...common,
        operationId: 'getDocument',
        summary: 'Get a document, with the proposal decision when there is one',
        params: IdParams,
        response: { 200: DocumentDto, ...problems(400, 401, 404) },
      },
    },
    async (request) => toDocumentDto(await getOfficeDocument(app.db, request.office, request.params.id)),
  );

  app.get(
    '/documents/:id/file',
    {
      schema: {
        ...common,
        operationId: 'downloadDocument',
        summary: "Download a document's PDF (published or not)",
        params: IdParams,
        querystring: DispositionQuery,
        produces: ['application/pdf'],
        response: { 200: PdfResponse, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const file = await getOfficeDocumentFile(app.db, request.office, request.params.id);
      return sendPdf(reply, file, request.query.disposition ?? 'attachment');
    },
  );
};
