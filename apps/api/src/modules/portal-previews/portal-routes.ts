import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  effectivePanels,
  endPortalPreview,
  NotFoundError,
  portalViews,
  redeemPortalPreview,
} from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { toPortalMe } from '../portal-auth/schemas';
import { PortalPreviewSession, PreviewCodeBody } from './schemas';

/** The portal side of "view as customer": the preview tab trades its code, and ends the preview. */
export const portalPreviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const common = { tags: ['portal'] };

  // Under /auth/ like the other link routes: it takes no bearer, and a client never refreshes on it.
  app.post(
    '/auth/preview',
    {
      schema: {
        ...common,
        operationId: 'openPortalPreview',
        summary: "The preview page's POST: uses the one-time code for a read-only session",
        description:
          'No refresh cookie is set: the session ends when the token expires, the tab closes or the preview is ended. 404 unknown code, 410 used or expired.',
        body: PreviewCodeBody,
        response: { 200: PortalPreviewSession, ...problems(400, 401, 404, 410, 429) },
      },
    },
    async (request, reply) => {
      await app.signInLimits.consume('portal_preview', request.ip, request.body.code);
      const { contact, preview } = await redeemPortalPreview(app.db, request.body.code);
      const views = await portalViews(app.db, contact);
      const panels = await effectivePanels(app.db, { contact, view: views.defaultView });
      reply.header('cache-control', 'no-store');
      return {
        accessToken: app.signPortalPreviewToken(contact, preview),
        tokenType: 'Bearer' as const,
        expiresIn: Math.max(1, Math.floor((preview.expiresAt.getTime() - Date.now()) / 1000)),
        me: toPortalMe(contact, views, panels),
        preview: {
          id: preview.id,
          officeUserName: preview.officeUserName,
          contactStatus: preview.contactStatus,
          expiresAt: preview.expiresAt.toISOString(),
        },
      };
    },
  );

  app.delete(
    '/preview',
    {
      onRequest: app.authenticatePortal,
      // The one non-read a preview may make: ending itself.
      config: { previewAllowed: true },
      schema: {
        ...common,
        operationId: 'endPortalPreview',
        summary: 'End this read-only preview: its token stops working at once',
        security: [{ portalBearer: [] }],
        response: { 204: Type.Null(), ...problems(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { preview } = request.portal;
      if (!preview) throw new NotFoundError('Preview');
      await endPortalPreview(app.db, preview);
      return reply.code(204).send(null);
    },
  );
};
