import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  downloadOfficeAttachment,
  getOfficeThread,
  listMessageAssignees,
  listOfficeThreads,
  markOfficeThreadRead,
  officeUnreadCount,
  replyToOfficeThread,
  startOfficeThread,
  updateOfficeThread,
} from '@portico/core';
import { Page } from '../../http/pagination';
import { DispositionQuery } from '../../http/pdf-reply';
import { problems } from '../../http/problem';
import { defaultEmptyBody, IdParams } from '../../http/schema-helpers';
import { sendAttachment } from './attachment-reply';
import {
  AttachmentParams,
  AttachmentResponse,
  ListOfficeThreadsQuery,
  MessageAssigneeList,
  MessageThreadDto,
  MessageThreadSummaryDto,
  OfficeUnreadDto,
  ReplyBody,
  StartOfficeThreadBody,
  toSummaryDto,
  toThreadDto,
  UpdateThreadBody,
} from './schemas';

/**
 * The office inbox. Every office user may read it (answering customers is everyone's job);
 * writing (reply, start, assign, open/close, upload) needs `contacts.write`, the permission of
 * staff who manage customers' people.
 */
export const officeMessageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const common = { tags: ['messages'], security: [{ officeBearer: [] }] };
  const write = app.requirePermission('contacts.write');

  app.get(
    '/message-threads',
    {
      schema: {
        ...common,
        operationId: 'listMessageThreads',
        summary: 'The inbox: conversations with customers, most recent activity first',
        querystring: ListOfficeThreadsQuery,
        response: { 200: Page(MessageThreadSummaryDto, 'MessageThreadPage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, cursor, order: _order, ...filter } = request.query;
      const page = await listOfficeThreads(app.db, request.office, filter, { limit, cursor });
      return { ...page, items: page.items.map(toSummaryDto) };
    },
  );

  app.get(
    '/message-threads/unread',
    {
      schema: {
        ...common,
        operationId: 'countUnreadMessageThreads',
        summary: 'How many conversations have a customer message nobody in the office has read',
        response: { 200: OfficeUnreadDto, ...problems(401, 403) },
      },
    },
    async (request) => officeUnreadCount(app.db, request.office),
  );

  app.get(
    '/message-threads/assignees',
    {
      schema: {
        ...common,
        operationId: 'listMessageAssignees',
        summary: 'Who a conversation can be assigned to: the active office users',
        response: { 200: MessageAssigneeList, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: await listMessageAssignees(app.db, request.office) }),
  );

  app.post(
    '/message-threads',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'startMessageThread',
        summary: 'Write to a contact about its account, one of its buildings, or a document it can see',
        body: StartOfficeThreadBody,
        response: { 201: MessageThreadDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(toThreadDto(await startOfficeThread(app.db, request.office, request.body))),
  );

  app.get(
    '/message-threads/:id',
    {
      schema: {
        ...common,
        operationId: 'getMessageThread',
        summary: 'One conversation with its messages',
        params: IdParams,
        response: { 200: MessageThreadDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toThreadDto(await getOfficeThread(app.db, request.office, request.params.id)),
  );

  app.patch(
    '/message-threads/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'updateMessageThread',
        summary: 'Assign (or unassign) a conversation, close or reopen it',
        params: IdParams,
        body: UpdateThreadBody,
        response: { 200: MessageThreadDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      toThreadDto(await updateOfficeThread(app.db, request.office, request.params.id, request.body)),
  );

  app.post(
    '/message-threads/:id/messages',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'replyToMessageThread',
        summary: "Reply; the thread's contacts are emailed a link to it (unless they turned it off)",
        params: IdParams,
        body: ReplyBody,
        response: { 200: MessageThreadDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      toThreadDto(await replyToOfficeThread(app.db, request.office, request.params.id, request.body)),
  );

  app.post(
    '/message-threads/:id/read',
    {
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'markMessageThreadRead',
        summary: 'Mark the conversation read for the office',
        params: IdParams,
        response: { 200: OfficeUnreadDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await markOfficeThreadRead(app.db, request.office, request.params.id);
      return officeUnreadCount(app.db, request.office);
    },
  );

  app.get(
    '/message-threads/:id/attachments/:attachmentId',
    {
      schema: {
        ...common,
        operationId: 'downloadMessageAttachment',
        summary: 'Download a file sent in the conversation',
        params: AttachmentParams,
        querystring: DispositionQuery,
        response: { 200: AttachmentResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await downloadOfficeAttachment(
        app.db,
        request.office,
        request.params.id,
        request.params.attachmentId,
      );
      return sendAttachment(reply, file, request.query.disposition === 'inline');
    },
  );
};
