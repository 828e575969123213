import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  effectivePanels,
  loadPortalContact,
  recordActivity,
  revokeAllSessions,
  revokeRefreshToken,
  rotateRefreshToken,
  signInContact,
  UnauthorizedError,
} from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { clearRefreshCookie, portalRefreshCookie, setRefreshCookie } from '../../plugins/refresh-cookie';
import { PortalMe, PortalSession, PortalSignInBody, toPortalMe } from './schemas';
import { portalSessionBody, startPortalSession } from './session';

export const portalAuthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const secure = app.config.cookieSecure;
  const common = { tags: ['portal'] };

  app.post(
    '/auth/sign-in',
    {
      schema: {
        ...common,
        operationId: 'portalSignIn',
        summary: 'Customer sign-in with email and password',
        description: 'A suspended contact gets 403 with `suspendedNote`, the message from the organization.',
        body: PortalSignInBody,
        response: { 200: PortalSession, ...problems(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { email, password, staySignedIn = false } = request.body;
      await app.signInLimits.consume('portal', request.ip, email);
      const contact = await signInContact(app.db, email, password);
      await app.signInLimits.reset('portal', email);
      return startPortalSession(app, request, reply, contact, staySignedIn);
    },
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        ...common,
        operationId: 'portalRefreshSession',
        summary: 'Swap the refresh cookie for a new access token',
        response: { 200: PortalSession, ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[portalRefreshCookie.name];
      if (!token) throw new UnauthorizedError('There is no session to refresh. Sign in.');
      try {
        const { subject, issued } = await rotateRefreshToken(
          app.db,
          'portal',
          token,
          request.headers['user-agent'],
        );
        const contact = await loadPortalContact(app.db, subject.subjectId, subject.orgId);
        setRefreshCookie(reply, portalRefreshCookie, issued, secure);
        return portalSessionBody(app, contact);
      } catch (error) {
        clearRefreshCookie(reply, portalRefreshCookie, secure);
        throw error;
      }
    },
  );

  app.post(
    '/auth/sign-out',
    {
      schema: {
        ...common,
        operationId: 'portalSignOut',
        summary: 'End this session',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[portalRefreshCookie.name];
      const subject = token ? await revokeRefreshToken(app.db, 'portal', token) : null;
      if (subject)
        await recordActivity(app.db, {
          orgId: subject.orgId,
          contactId: subject.subjectId,
          type: 'sign_out',
        });
      clearRefreshCookie(reply, portalRefreshCookie, secure);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      onRequest: app.authenticatePortal,
      schema: {
        ...common,
        operationId: 'portalSignOutEverywhere',
        summary: 'End every session of this customer, on every device',
        security: [{ portalBearer: [] }],
        response: { 204: Type.Null(), ...problems(401, 403) },
      },
    },
    async (request, reply) => {
      const { contact } = request.portal;
      await revokeAllSessions(app.db, 'portal', contact.id);
      await recordActivity(app.db, {
        orgId: contact.orgId,
        contactId: contact.id,
        type: 'sign_out',
        detail: { everywhere: true },
      });
      clearRefreshCookie(reply, portalRefreshCookie, secure);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.authenticatePortal,
      schema: {
        ...common,
        operationId: 'getPortalMe',
        summary:
          'The signed-in customer: branding, access areas, the views they can switch between and the panels of this view',
        security: [{ portalBearer: [] }],
        response: { 200: PortalMe, ...problems(401, 403) },
      },
    },
    async (request) =>
      toPortalMe(request.portal.contact, request.portal.views, await effectivePanels(app.db, request.portal)),
  );
};
