import { ForbiddenError, type PreviewClaims } from '@portico/core';
import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A portal route that a read-only preview may call although it is not a GET: only ending the
     * preview itself. Every other write answers 403 in preview mode.
     */
    previewAllowed?: boolean;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A preview token's extra claims: the preview (audit row) and the office user looking. */
export interface PreviewTokenClaims {
  pvw: string;
  ofc: string;
}

/** Claims of a "view as customer" token, or null for a customer's own token. */
export function previewClaimsOf(claims: {
  sub: string;
  org: string;
  pvw?: unknown;
  ofc?: unknown;
}): PreviewClaims | null | 'malformed' {
  if (claims.pvw === undefined && claims.ofc === undefined) return null;
  if (typeof claims.pvw !== 'string' || !UUID.test(claims.pvw)) return 'malformed';
  if (typeof claims.ofc !== 'string' || !UUID.test(claims.ofc)) return 'malformed';
  return { previewId: claims.pvw, officeUserId: claims.ofc, contactId: claims.sub, orgId: claims.org };
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * THE read-only rule of a preview. It runs inside authenticatePortal, the one place every portal
 * route that accepts a bearer token goes through, and before the body is validated: so a write
 * route added later is refused too (403, never a 400 about its body), with nothing to remember.
 */
export function refuseWritesInPreview(request: FastifyRequest): void {
  if (READS.has(request.method) || request.routeOptions.config.previewAllowed === true) return;
  const error = new ForbiddenError(
    'This is a read-only preview of the portal, as the customer sees it: nothing can be changed here.',
  );
  Object.assign(error.extra, { code: 'read_only_preview' });
  throw error;
}
