import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  checkPortalLink,
  completePasswordReset,
  requestPortalLinks,
  signInWithMagicLink,
} from '@portico/core';
import { type TSchema, Type } from 'typebox';
import { problems } from '../../http/problem';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { withUniformTiming } from '../../http/uniform-timing';
import { Password, PortalSession, StaySignedIn } from './schemas';
import { startPortalSession } from './session';

const Token = Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' });
const EmailBody = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320 }) },
  { additionalProperties: false },
);
const Accepted = Type.Object({ message: Type.String() }, { title: 'LinkRequested' });
const LinkState = Type.Object(
  {
    purpose: StringEnum(['magic_link', 'password_reset'] as const),
    state: StringEnum(['valid', 'expired', 'used'] as const),
    expiresAt: Nullable(Type.String({ format: 'date-time' })),
  },
  { title: 'PortalLinkState' },
);

// Longer than the lookup and writes take, so known and unknown emails answer alike.
const UNIFORM_MS = 400;
const SENT = 'If this email belongs to a portal account, a link is on its way. It works once.';

/** Password-less sign-in and password reset: request (same answer for every email), check, consume. */
export const portalLinkRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const common = { tags: ['portal'] };
  const requestRoute = (
    path: string,
    operationId: string,
    summary: string,
    purpose: 'magic_link' | 'password_reset',
  ) =>
    app.post(
      path,
      {
        schema: {
          ...common,
          operationId,
          summary,
          body: EmailBody,
          response: { 202: Accepted, ...problems(400, 429) },
        },
      },
      async (request, reply) => {
        const { email } = request.body;
        await app.signInLimits.consume(purpose, request.ip, email);
        await withUniformTiming(UNIFORM_MS, () =>
          app.db.transaction((tx) => requestPortalLinks(tx, email, purpose)),
        );
        return reply.code(202).send({ message: SENT });
      },
    );

  requestRoute(
    '/auth/magic-link',
    'requestMagicLink',
    'Email me a sign-in link (10 minutes, single use)',
    'magic_link',
  );
  requestRoute(
    '/auth/password-reset',
    'requestPasswordReset',
    'Email me a password reset link (1 hour, single use)',
    'password_reset',
  );

  app.get(
    '/auth/links/:token',
    {
      schema: {
        ...common,
        operationId: 'getPortalLink',
        summary: "What a sign-in or reset link's page shows; consumes nothing",
        params: Type.Object({ token: Token }),
        response: { 200: LinkState, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const link = await checkPortalLink(app.db, request.params.token);
      reply.header('cache-control', 'no-store');
      return { ...link, expiresAt: link.expiresAt?.toISOString() ?? null };
    },
  );

  const consumeBody = <T extends Record<string, TSchema>>(extra: T) =>
    Type.Object({ token: Token, staySignedIn: StaySignedIn, ...extra }, { additionalProperties: false });

  app.post(
    '/auth/magic-link/sign-in',
    {
      schema: {
        ...common,
        operationId: 'signInWithMagicLink',
        summary: 'The "Sign in" button of the magic-link page: consumes the link',
        body: consumeBody({}),
        response: { 200: PortalSession, ...problems(400, 403, 404, 410, 429) },
      },
    },
    async (request, reply) => {
      await app.signInLimits.consume('magic_link_use', request.ip, request.body.token);
      const contact = await app.db.transaction((tx) => signInWithMagicLink(tx, request.body.token));
      return startPortalSession(app, request, reply, contact, request.body.staySignedIn ?? false);
    },
  );

  app.post(
    '/auth/password-reset/complete',
    {
      schema: {
        ...common,
        operationId: 'completePasswordReset',
        summary: 'Set a new password from a reset link; ends every other session and signs in',
        body: consumeBody({ password: Password }),
        response: { 200: PortalSession, ...problems(400, 403, 404, 410, 429) },
      },
    },
    async (request, reply) => {
      const { token, password, staySignedIn = false } = request.body;
      await app.signInLimits.consume('password_reset_use', request.ip, token);
      const contact = await app.db.transaction((tx) => completePasswordReset(tx, token, password));
      return startPortalSession(app, request, reply, contact, staySignedIn);
    },
  );
};
