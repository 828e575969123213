import { effectivePanels, issueRefreshToken, type PortalContact, portalViews } from '@portico/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../plugins/office-auth';
import { portalRefreshCookie, setRefreshCookie } from '../../plugins/refresh-cookie';
import { toPortalMe } from './schemas';

/** Every way a customer gets in (password, link, invitation, reset) ends here: a new session. */
export async function startPortalSession(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  contact: PortalContact,
  persistent: boolean,
) {
  const refresh = await issueRefreshToken(
    app.db,
    { orgId: contact.orgId, audience: 'portal', subjectId: contact.id },
    { persistent, userAgent: request.headers['user-agent'] },
  );
  setRefreshCookie(reply, portalRefreshCookie, refresh, app.config.cookieSecure);
  return portalSessionBody(app, contact);
}

export async function portalSessionBody(app: FastifyInstance, contact: PortalContact) {
  const views = await portalViews(app.db, contact);
  const panels = await effectivePanels(app.db, { contact, view: views.defaultView });
  return {
    accessToken: app.signPortalAccessToken(contact),
    tokenType: 'Bearer' as const,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    me: toPortalMe(contact, views, panels),
  };
}
