import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { acceptInvitation, openInvitationLink } from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { AcceptInvitationBody, PortalSession } from '../portal-auth/schemas';
import { startPortalSession } from '../portal-auth/session';

const TokenParams = Type.Object({
  token: Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }),
});

const InvitationLinkDto = Type.Object(
  {
    state: StringEnum(['valid', 'expired', 'used', 'revoked'] as const, {
      description: 'revoked: a newer invitation replaced this one, or the office withdrew it.',
    }),
    expiresAt: Type.String({ format: 'date-time' }),
    contact: Type.Object({ firstName: Type.String(), email: Nullable(Type.String()) }),
    needsEmail: Type.Boolean({
      description:
        'The contact has no email (invited by letter): accepting then requires `email`, the address to sign in with.',
    }),
    organization: Type.Object({
      name: Type.String(),
      logoUrl: Nullable(Type.String()),
      brandColor: Type.String(),
    }),
  },
  { title: 'InvitationLink' },
);

export const portalInvitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/invitations/:token',
    {
      schema: {
        tags: ['portal'],
        operationId: 'getInvitationLink',
        summary: 'What the accept page shows for an invitation link; consumes nothing',
        description:
          "Called by the accept page's script. The first call on a live link records link_opened; fetching the link itself (as mail scanners do) records nothing.",
        params: Type.Object({
          token: Type.String({ minLength: 20, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' }),
        }),
        response: { 200: InvitationLinkDto, ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const link = await openInvitationLink(app.db, request.params.token);
      // The token is in the URL: keep it out of shared caches.
      reply.header('cache-control', 'no-store');
      return { ...link, expiresAt: link.expiresAt.toISOString() };
    },
  );

  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags: ['portal'],
        operationId: 'acceptInvitation',
        summary: 'Accept an invitation: choose a password, become enrolled, get signed in',
        description:
          'The only request that consumes an invitation token. 410 (code invitation_expired, invitation_used or invitation_revoked) when the link can no longer be used. When the link said `needsEmail`, `email` is required (400 without it) and becomes the contact’s sign-in email, taken as given; 409 (code email_taken) when another contact of the organization uses it. For other contacts `email` is refused (400).',
        params: TokenParams,
        body: AcceptInvitationBody,
        response: { 200: PortalSession, ...problems(400, 403, 404, 409, 410, 429) },
      },
    },
    async (request, reply) => {
      const { token } = request.params;
      // Per IP, and per token: password attempts on one invitation are bounded too.
      await app.signInLimits.consume('accept', request.ip, token);
      const contact = await app.db.transaction((tx) =>
        acceptInvitation(tx, token, { password: request.body.password, email: request.body.email }),
      );
      return startPortalSession(app, request, reply, contact, request.body.staySignedIn ?? false);
    },
  );
};
