import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  decidePortalProposal,
  downloadPortalDocument,
  getPortalDocument,
  listPortalDocuments,
} from '@portico/core';
import { Page } from '../../http/pagination';
import { DispositionQuery, PdfResponse, sendPdf } from '../../http/pdf-reply';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { DecisionBody, ListPortalDocumentsQuery, PortalDocumentDto, toPortalDocumentDto } from './schemas';

/** Documents: the lists by area, one document, its file, and a proposal's decision. */
export const portalDocumentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const common = { tags: ['portal-content'], security: [{ portalBearer: [] }] };

  app.get(
    '/documents',
    {
      schema: {
        ...common,
        operationId: 'listPortalDocuments',
        summary: 'Documents the customer may see, newest issued first',
        querystring: ListPortalDocumentsQuery,
        response: { 200: Page(PortalDocumentDto, 'PortalDocumentPage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await listPortalDocuments(app.db, request.portal, filter, { limit, cursor });
      return { ...page, items: page.items.map(toPortalDocumentDto) };
    },
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        ...common,
        operationId: 'getPortalDocument',
        summary: 'One document (recorded as viewed)',
        params: IdParams,
        response: { 200: PortalDocumentDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toPortalDocumentDto(await getPortalDocument(app.db, request.portal, request.params.id)),
  );

  app.get(
    '/documents/:id/file',
    {
      schema: {
        ...common,
        operationId: 'downloadPortalDocument',
        summary: "Download a document's PDF (recorded as downloaded)",
        description: '`disposition=inline` to show it in the browser; 404 when the document has no file.',
        params: IdParams,
        querystring: DispositionQuery,
        produces: ['application/pdf'],
        response: { 200: PdfResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const disposition = request.query.disposition ?? 'attachment';
      const file = await downloadPortalDocument(app.db, request.portal, request.params.id, disposition);
      return sendPdf(reply, file, disposition);
    },
  );

  app.post(
    '/documents/:id/decision',
    {
      schema: {
        ...common,
        operationId: 'decidePortalProposal',
        summary: 'Accept or decline a proposal',
        description:
          'Once only: 409 when the proposal was already decided, 422 when the document is not a proposal.',
        params: IdParams,
        body: DecisionBody,
        response: { 200: PortalDocumentDto, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      toPortalDocumentDto(
        await decidePortalProposal(app.db, request.portal, request.params.id, request.body),
      ),
  );
};
