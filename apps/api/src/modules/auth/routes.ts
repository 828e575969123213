import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  issueRefreshToken,
  loadOfficeIdentity,
  type OfficeIdentity,
  revokeRefreshToken,
  rotateRefreshToken,
  signInOfficeUser,
  UnauthorizedError,
} from '@portico/core';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../plugins/office-auth';
import { clearRefreshCookie, officeRefreshCookie, setRefreshCookie } from '../../plugins/refresh-cookie';
import { Me, Session, SignInBody } from './schemas';

const toMe = (u: OfficeIdentity) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.roleName,
  permissions: u.permissions,
  organization: u.organization,
});

const session = (app: FastifyInstance, user: OfficeIdentity) => ({
  accessToken: app.signOfficeAccessToken(user),
  tokenType: 'Bearer' as const,
  expiresIn: ACCESS_TOKEN_TTL_SECONDS,
  user: toMe(user),
});

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const secure = app.config.cookieSecure;

  app.post(
    '/auth/sign-in',
    {
      schema: {
        operationId: 'signIn',
        tags: ['auth'],
        summary: 'Sign in with email and password',
        description: 'Answers an access token and sets the rotating refresh token as an httpOnly cookie.',
        body: SignInBody,
        response: { 200: Session, ...problems(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const { email, password, staySignedIn = false } = request.body;
      await app.signInLimits.consume('office', request.ip, email);
      const user = await signInOfficeUser(app.db, email, password);
      await app.signInLimits.reset('office', email);
      const refresh = await issueRefreshToken(
        app.db,
        { orgId: user.orgId, audience: 'office', subjectId: user.id },
        { persistent: staySignedIn, userAgent: request.headers['user-agent'] },
      );
      setRefreshCookie(reply, officeRefreshCookie, refresh, secure);
      return session(app, user);
    },
  );

  app.post(
    '/auth/refresh',
    {
      schema: {
        operationId: 'refreshSession',
        tags: ['auth'],
        summary: 'Swap the refresh cookie for a new access token',
        description:
          'Rotates the refresh token. Presenting an already-used one ends every session of its family.',
        response: { 200: Session, ...problems(401) },
      },
    },
    async (request, reply) => {
      const token = request.cookies[officeRefreshCookie.name];
      if (!token) throw new UnauthorizedError('There is no session to refresh. Sign in.');
      try {
        const { subject, issued } = await rotateRefreshToken(
          app.db,
          'office',
          token,
          request.headers['user-agent'],
        );
        const user = await loadOfficeIdentity(app.db, subject.subjectId, subject.orgId);
        setRefreshCookie(reply, officeRefreshCookie, issued, secure);
        return session(app, user);
      } catch (error) {
        clearRefreshCookie(reply, officeRefreshCookie, secure);
        throw error;
      }
    },
  );

  app.post(
    '/auth/sign-out',
    {
      schema: {
        operationId: 'signOut',
        tags: ['auth'],
        summary: 'End this session',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[officeRefreshCookie.name];
      if (token) await revokeRefreshToken(app.db, 'office', token);
      clearRefreshCookie(reply, officeRefreshCookie, secure);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      onRequest: app.authenticateOffice,
      schema: {
        operationId: 'getMe',
        tags: ['auth'],
        summary: 'The signed-in office user, role and permissions',
        security: [{ officeBearer: [] }],
        response: { 200: Me, ...problems(401) },
      },
    },
    async (request) => toMe(request.officeUser),
  );
};
