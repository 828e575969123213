import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  batchProgress,
  batchRecipients,
  batchScope,
  createInvitationBatch,
  previewBatch,
} from '@portico/core';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { ContactDto, toContactDto } from '../contacts/schemas';
import { BatchResultDto, IdempotencyHeaders } from '../invitations/schemas';
import { BatchCounts, BatchProgressDto, CreateBatchBody, PreviewBody, RecipientsBody } from './schemas';

/** The bulk invite tool: filters -> counts -> drill-down -> send -> progress. */
export const invitationBatchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const common = { tags: ['invitations'], security: [{ officeBearer: [] }] };

  app.post(
    '/invitation-batches/preview',
    {
      schema: {
        ...common,
        operationId: 'previewInvitationBatch',
        summary: 'Count the contacts the bulk invite filters reach, by what would happen to them',
        body: PreviewBody,
        response: { 200: BatchCounts, ...problems(400, 401) },
      },
    },
    async (request) => previewBatch(app.db, request.office, request.body.filter),
  );

  app.post(
    '/invitation-batches/preview/recipients',
    {
      schema: {
        ...common,
        operationId: 'listInvitationBatchRecipients',
        summary: "The contacts behind one of the preview's counts",
        body: RecipientsBody,
        response: { 200: Page(ContactDto, 'InvitationBatchRecipientPage'), ...problems(400, 401) },
      },
    },
    async (request) => {
      const { filter, category, limit, cursor } = request.body;
      const page = await batchRecipients(app.db, request.office, filter, category, { limit, cursor });
      return { ...page, items: page.items.map(toContactDto) };
    },
  );

  app.post(
    '/invitation-batches',
    {
      preHandler: app.requirePermission('invitations.send'),
      schema: {
        ...common,
        operationId: 'createInvitationBatch',
        summary: 'Send the bulk invitation to every invitable contact the filters reach',
        headers: IdempotencyHeaders,
        body: CreateBatchBody,
        response: { 201: BatchResultDto, 200: BatchResultDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { filter, fromAddress, templateId } = request.body;
      const result = await app.db.transaction((tx) =>
        createInvitationBatch(
          tx,
          request.office,
          [batchScope(filter, request.office.orgId)],
          { filter },
          {
            fromAddress,
            templateId,
            idempotencyKey: request.headers['idempotency-key'],
          },
        ),
      );
      return reply.code(result.replayed ? 200 : 201).send(result);
    },
  );

  app.get(
    '/invitation-batches/:id',
    {
      schema: {
        ...common,
        operationId: 'getInvitationBatch',
        summary: "A batch's progress: queued, sent and failed emails",
        params: IdParams,
        response: { 200: BatchProgressDto, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const progress = await batchProgress(app.db, request.office, request.params.id);
      return { ...progress, createdAt: progress.createdAt.toISOString() };
    },
  );
};
