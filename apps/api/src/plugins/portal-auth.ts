import {
  loadPortalContact,
  type PortalContact,
  type PortalView,
  type PortalViews,
  resolvePortalView,
  UnauthorizedError,
} from '@portico/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ACCESS_TOKEN_TTL_SECONDS, hasIdClaims } from './office-auth';

export const PORTAL_AUDIENCE = 'portal';

interface PortalClaims {
  sub: string;
  org: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    signPortalAccessToken: (contact: { id: string; orgId: string }) => string;
    /** onRequest hook: a valid portal token for an enrolled, unsuspended contact, and the view it asks for. */
    authenticatePortal: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    portal: { contact: PortalContact; view: PortalView; views: PortalViews };
  }
}

// Same pinning as the office: HS256 only, exp/sub/aud required, and only portal-audience tokens.
const verifyOptions = {
  algorithms: ['HS256' as const],
  allowedAud: PORTAL_AUDIENCE,
  requiredClaims: ['exp', 'sub', 'aud'],
};

/** Customer sessions. Registered after the office auth plugin, which sets up @fastify/jwt and cookies. */
export const portalAuthPlugin = fp(async (app: FastifyInstance) => {
  app.decorate('signPortalAccessToken', (contact: { id: string; orgId: string }) =>
    app.jwt.sign(
      { sub: contact.id, org: contact.orgId },
      { aud: PORTAL_AUDIENCE, expiresIn: `${ACCESS_TOKEN_TTL_SECONDS}s` },
    ),
  );
  app.decorateRequest('portal', null as unknown as FastifyRequest['portal']);

  app.decorate('authenticatePortal', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!token) throw new UnauthorizedError('Sign in to continue: this request has no access token.');
    let claims: PortalClaims;
    try {
      claims = app.jwt.verify<PortalClaims>(token, verifyOptions);
      if (!hasIdClaims(claims)) throw new Error('claims are not ids');
    } catch {
      throw new UnauthorizedError(
        'Your access token is invalid or has expired. Refresh it or sign in again.',
      );
    }
    const contact = await loadPortalContact(app.db, claims.sub, claims.org);
    const requested = request.headers['x-portal-view'];
    const { view, views } = await resolvePortalView(
      app.db,
      contact,
      typeof requested === 'string' ? requested : undefined,
    );
    request.portal = { contact, view, views };
  });
});
