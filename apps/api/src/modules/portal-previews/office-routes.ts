import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listPortalPreviews, startPortalPreview } from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { PortalPreviewRecord, StartedPreview, toPortalPreviewRecordDto } from './schemas';

/** "View as customer" from the office: start a read-only preview, and its audit trail. */
export const officePreviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const manage = app.requirePermission('access.manage');
  const common = { tags: ['contacts'], security: [{ officeBearer: [] }] };

  app.post(
    '/contacts/:id/portal-preview',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'startPortalPreview',
        summary: 'View the portal as this contact sees it (read-only); recorded in their history',
        description:
          'Answers a one-time link, valid for a minute, that opens the read-only preview in the portal. Any contact of the organization can be previewed, enrolled or not.',
        params: IdParams,
        response: { 201: StartedPreview, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const started = await startPortalPreview(app.db, request.office, request.params.id, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      const url = new URL('/preview', app.config.portalUrl);
      url.hash = new URLSearchParams({ code: started.code }).toString();
      return reply.code(201).header('cache-control', 'no-store').send({
        id: started.previewId,
        url: url.toString(),
        codeExpiresAt: started.codeExpiresAt.toISOString(),
      });
    },
  );

  app.get(
    '/contacts/:id/portal-previews',
    {
      preHandler: manage,
      schema: {
        ...common,
        operationId: 'listPortalPreviews',
        summary: 'Who viewed the portal as this contact, and when (newest first)',
        params: IdParams,
        response: { 200: Type.Array(PortalPreviewRecord), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      (await listPortalPreviews(app.db, request.office, request.params.id)).map(toPortalPreviewRecordDto),
  );
};
