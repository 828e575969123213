import {
  loadPortalContact,
  loadPreviewSession,
  type PortalContact,
  type PortalPreview,
  type PortalView,
  type PortalViews,
  resolvePortalView,
  UnauthorizedError,
} from '@portico/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ACCESS_TOKEN_TTL_SECONDS, hasIdClaims } from './office-auth';
import { type PreviewTokenClaims, previewClaimsOf, refuseWritesInPreview } from './portal-preview';

export const PORTAL_AUDIENCE = 'portal';

interface PortalClaims extends Partial<PreviewTokenClaims> {
  sub: string;
  org: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    signPortalAccessToken: (contact: { id: string; orgId: string }) => string;
    /** A read-only "view as customer" token: no refresh, it lives until the preview expires. */
    signPortalPreviewToken: (
      contact: { id: string; orgId: string },
      preview: { id: string; officeUserId: string; expiresAt: Date },
    ) => string;
    /**
     * onRequest hook: a valid portal token for an enrolled, unsuspended contact (or a live
     * read-only preview of any contact, which may only read), and the view it asks for.
     */
    authenticatePortal: (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    /** `preview` is set when office staff view the portal as this contact (read-only). */
    portal: { contact: PortalContact; view: PortalView; views: PortalViews; preview: PortalPreview | null };
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
  app.decorate(
    'signPortalPreviewToken',
    (
      contact: { id: string; orgId: string },
      preview: { id: string; officeUserId: string; expiresAt: Date },
    ) =>
      app.jwt.sign(
        { sub: contact.id, org: contact.orgId, pvw: preview.id, ofc: preview.officeUserId },
        {
          aud: PORTAL_AUDIENCE,
          expiresIn: `${Math.max(1, Math.floor((preview.expiresAt.getTime() - Date.now()) / 1000))}s`,
        },
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
    const previewClaims = previewClaimsOf(claims);
    if (previewClaims === 'malformed') throw new UnauthorizedError('Your access token is invalid.');
    if (previewClaims) refuseWritesInPreview(request);
    const { contact, preview } = previewClaims
      ? await loadPreviewSession(app.db, previewClaims)
      : { contact: await loadPortalContact(app.db, claims.sub, claims.org), preview: null };
    const requested = request.headers['x-portal-view'];
    const { view, views } = await resolvePortalView(
      app.db,
      contact,
      typeof requested === 'string' ? requested : undefined,
    );
    request.portal = { contact, view, views, preview };
  });
});
