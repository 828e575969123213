import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { buildingAudience, documentAudience, previewAccessChange } from '@portico/core';
import { problems } from '../../http/problem';
import { defaultEmptyBody, IdParams } from '../../http/schema-helpers';
import { AccessChangeBody, AccessPreviewDto, AudienceDto } from './schemas';

/**
 * "Who can see this?" and the access-change dry run. Both reveal who sees what across customers,
 * so they need access.manage, the permission that changes it (PATCH /contacts/{id}/access).
 */
export const audienceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const manage = app.requirePermission('access.manage');
  const common = { tags: ['audience'], security: [{ officeBearer: [] }] };
  const readErrors = problems(400, 401, 403, 404);

  app.get(
    '/buildings/:id/audience',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'getBuildingAudience',
        summary: 'Who can see this building in the portal, and which link grants it',
        params: IdParams,
        response: { 200: AudienceDto, ...readErrors },
      },
    },
    async (request) => buildingAudience(app.db, request.office, request.params.id),
  );

  app.get(
    '/documents/:id/audience',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'getDocumentAudience',
        summary: 'Who can see this document in the portal, which link grants it, and what blocks others',
        params: IdParams,
        response: { 200: AudienceDto, ...readErrors },
      },
    },
    async (request) => documentAudience(app.db, request.office, request.params.id),
  );

  app.post(
    '/contacts/:id/access/preview',
    {
      preHandler: manage,
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'previewContactAccess',
        summary: 'Dry run of an access change: what the contact would gain and lose',
        description:
          'Nothing is saved. Ids given replace the current links; ids of another organization answer 404, as the contact routes do.',
        params: IdParams,
        body: AccessChangeBody,
        response: { 200: AccessPreviewDto, ...readErrors },
      },
    },
    async (request) => previewAccessChange(app.db, request.office, request.params.id, request.body),
  );
};
