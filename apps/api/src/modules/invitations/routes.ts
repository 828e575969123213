import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  contactFilterConditions,
  createInvitationBatch,
  inviteContact,
  portalHistory,
  resendInvitation,
  revokeInvitation,
  ValidationError,
} from '@portico/core';
import { schema } from '@portico/db';
import { inArray } from 'drizzle-orm';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { defaultEmptyBody, IdParams } from '../../http/schema-helpers';
import {
  BatchResultDto,
  BulkInviteBody,
  HistoryEntryDto,
  IdempotencyHeaders,
  InvitationDto,
  InviteBody,
  toHistoryEntryDto,
  toInvitationDto,
} from './schemas';

export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const send = app.requirePermission('invitations.send');
  const common = { tags: ['invitations'], security: [{ officeBearer: [] }] };

  app.post(
    '/contacts/:id/invitation',
    {
      preHandler: send,
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'sendInvitation',
        summary: 'Invite a contact to the customer portal',
        description:
          'Queues the invitation email; a pending invitation is replaced. 422 without an email or while suspended, 409 when already enrolled.',
        params: IdParams,
        body: InviteBody,
        response: { 201: InvitationDto, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { orgId, actor } = request.office;
      const invitation = await app.db.transaction((tx) =>
        inviteContact(tx, orgId, request.params.id, actor, request.body),
      );
      return reply.code(201).send(toInvitationDto(invitation));
    },
  );

  app.post(
    '/contacts/:id/invitation/resend',
    {
      preHandler: send,
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'resendInvitation',
        summary: 'Resend the invitation with a new link; older links stop working',
        params: IdParams,
        body: InviteBody,
        response: { 201: InvitationDto, ...problems(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const { orgId, actor } = request.office;
      const invitation = await app.db.transaction((tx) =>
        resendInvitation(tx, orgId, request.params.id, actor, request.body),
      );
      return reply.code(201).send(toInvitationDto(invitation));
    },
  );

  app.delete(
    '/contacts/:id/invitation',
    {
      preHandler: send,
      schema: {
        ...common,
        operationId: 'revokeInvitation',
        summary: "Revoke the contact's pending invitation",
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      await app.db.transaction((tx) => revokeInvitation(tx, request.office, request.params.id));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/contacts/:id/portal-history',
    {
      schema: {
        ...common,
        operationId: 'getPortalHistory',
        summary: "A contact's portal status history, oldest first",
        params: IdParams,
        response: { 200: Type.Array(HistoryEntryDto), ...problems(400, 401, 404) },
      },
    },
    async (request) =>
      (await portalHistory(app.db, request.office, request.params.id)).map(toHistoryEntryDto),
  );

  app.post(
    '/invitations/bulk',
    {
      preHandler: send,
      schema: {
        ...common,
        operationId: 'bulkInvite',
        summary: 'Invite many contacts: chosen ids, or every contact matching the list filter',
        description:
          'Skips enrolled, suspended and email-less contacts and counts them. An Idempotency-Key makes a double submit one batch.',
        headers: IdempotencyHeaders,
        body: BulkInviteBody,
        response: { 201: BatchResultDto, 200: BatchResultDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { contactIds, filter, templateId, fromAddress } = request.body;
      if (!contactIds === !filter) {
        throw new ValidationError('Send either contactIds or filter.', [
          { field: 'contactIds', message: 'give contactIds or filter, not both' },
        ]);
      }
      const where = contactIds
        ? [inArray(schema.contacts.id, contactIds)]
        : contactFilterConditions(request.office, filter ?? {});
      const result = await app.db.transaction((tx) =>
        createInvitationBatch(tx, request.office, where, contactIds ? { contactIds } : { filter }, {
          templateId,
          fromAddress,
          idempotencyKey: request.headers['idempotency-key'],
        }),
      );
      return reply.code(result.replayed ? 200 : 201).send(result);
    },
  );
};
