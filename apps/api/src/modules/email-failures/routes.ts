import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listEmailFailures, retryFailedSend } from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { EmailFailureDto, InvitationIdParams, ListEmailFailuresQuery, toEmailFailureDto } from './schemas';

/** Invitation emails that failed after every retry, and the office's retry action. */
export const emailFailureRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const common = { tags: ['invitations'], security: [{ officeBearer: [] }] };

  app.get(
    '/email-failures',
    {
      schema: {
        ...common,
        operationId: 'listEmailFailures',
        summary: 'Invitation emails that could not be delivered, newest first',
        querystring: ListEmailFailuresQuery,
        response: { 200: Page(EmailFailureDto, 'EmailFailurePage'), ...problems(400, 401) },
      },
    },
    async (request) => {
      const page = await listEmailFailures(app.db, request.office.orgId, request.query);
      return { ...page, items: page.items.map(toEmailFailureDto) };
    },
  );

  app.post(
    '/email-failures/:invitationId/retry',
    {
      preHandler: app.requirePermission('invitations.send'),
      schema: {
        ...common,
        operationId: 'retryEmailFailure',
        summary: 'Queue a failed invitation email again',
        params: InvitationIdParams,
        response: { 202: Type.Null(), ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await retryFailedSend(app.db, request.office.orgId, request.params.invitationId);
      return reply.code(202).send(null);
    },
  );
};
