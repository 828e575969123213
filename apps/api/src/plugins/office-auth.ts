import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import {
  ForbiddenError,
  loadOfficeIdentity,
  type OfficeContext,
  type OfficeIdentity,
  UnauthorizedError,
} from '@portico/core';
import type { Permission } from '@portico/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const OFFICE_AUDIENCE = 'office';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

interface OfficeClaims {
  sub: string;
  org: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    signOfficeAccessToken: (identity: { id: string; orgId: string }) => string;
    /** onRequest hook: a valid office access token, and a user who is still active. */
    authenticateOffice: (request: FastifyRequest) => Promise<void>;
    requirePermission: (permission: Permission) => (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    officeUser: OfficeIdentity;
    office: OfficeContext;
  }
}

// Pinned algorithm and required claims: rejects `alg: none`, other algorithms, tokens without
// an expiry, and tokens minted for the portal.
const verifyOptions = {
  algorithms: ['HS256' as const],
  allowedAud: OFFICE_AUDIENCE,
  requiredClaims: ['exp', 'sub', 'aud'],
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Claims that name a user by anything but ids are no session of ours (and would reach SQL as bad input). */
export function hasIdClaims(claims: { sub?: unknown; org?: unknown }): boolean {
  return (
    typeof claims.sub === 'string' &&
    UUID.test(claims.sub) &&
    typeof claims.org === 'string' &&
    UUID.test(claims.org)
  );
}

export const officeAuthPlugin = fp(async (app: FastifyInstance, opts: { jwtSecret: string }) => {
  await app.register(cookie);
  await app.register(jwt, {
    secret: opts.jwtSecret,
    sign: { algorithm: 'HS256', expiresIn: `${ACCESS_TOKEN_TTL_SECONDS}s` },
    verify: { algorithms: ['HS256'] },
  });

  app.decorate('signOfficeAccessToken', (identity: { id: string; orgId: string }) =>
    app.jwt.sign({ sub: identity.id, org: identity.orgId }, { aud: OFFICE_AUDIENCE }),
  );

  app.decorateRequest('officeUser', null as unknown as OfficeIdentity);
  app.decorateRequest('office', null as unknown as OfficeContext);

  app.decorate('authenticateOffice', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!token) throw new UnauthorizedError('Sign in to continue: this request has no access token.');
    let claims: OfficeClaims;
    try {
      claims = app.jwt.verify<OfficeClaims>(token, verifyOptions);
      if (!hasIdClaims(claims)) throw new Error('claims are not ids');
    } catch {
      throw new UnauthorizedError(
        'Your access token is invalid or has expired. Refresh it or sign in again.',
      );
    }
    // Permissions and the active flag come from the database on every request, so revoking
    // them takes effect at once rather than when the token expires.
    const identity = await loadOfficeIdentity(app.db, claims.sub, claims.org);
    request.officeUser = identity;
    request.office = {
      orgId: identity.orgId,
      actor: { type: 'office_user', id: identity.id },
      permissions: identity.permissions,
    };
  });

  app.decorate('requirePermission', (permission: Permission) => async (request: FastifyRequest) => {
    if (!request.office.permissions.includes(permission)) {
      throw new ForbiddenError(`This needs the ${permission} permission, which your role does not have.`);
    }
  });
});
