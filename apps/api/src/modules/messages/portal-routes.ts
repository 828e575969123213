import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  downloadPortalAttachment,
  getPortalThread,
  listPortalThreads,
  markPortalThreadRead,
  portalUnreadCounts,
  replyToPortalThread,
  startPortalThread,
} from '@portico/core';
import { Page } from '../../http/pagination';
import { DispositionQuery } from '../../http/pdf-reply';
import { problems } from '../../http/problem';
import { defaultEmptyBody, IdParams } from '../../http/schema-helpers';
import { sendAttachment } from './attachment-reply';
import {
  AttachmentParams,
  AttachmentResponse,
  ListPortalThreadsQuery,
  MessageThreadDto,
  MessageThreadSummaryDto,
  PortalUnreadDto,
  ReplyBody,
  StartPortalThreadBody,
  toSummaryDto,
  toThreadDto,
} from './schemas';

/**
 * A customer's conversations with the office. Every query goes through the portal access rule
 * (core messages/thread-access): a thread about something the contact cannot see is a 404.
 * Writes are refused in a view-as-customer preview by authenticatePortal, like every portal write.
 */
export const portalMessageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticatePortal);
  const common = { tags: ['messages'], security: [{ portalBearer: [] }] };

  app.get(
    '/message-threads',
    {
      schema: {
        ...common,
        operationId: 'listPortalMessageThreads',
        summary: 'Conversations about what the customer can see, most recent first',
        querystring: ListPortalThreadsQuery,
        response: {
          200: Page(MessageThreadSummaryDto, 'PortalMessageThreadPage'),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { limit, cursor, order: _order, ...filter } = request.query;
      const page = await listPortalThreads(app.db, request.portal, filter, { limit, cursor });
      return { ...page, items: page.items.map(toSummaryDto) };
    },
  );

  app.get(
    '/message-threads/unread',
    {
      schema: {
        ...common,
        operationId: 'countPortalUnreadMessages',
        summary: 'Unread conversations and messages, for the navigation badge',
        response: { 200: PortalUnreadDto, ...problems(401, 403) },
      },
    },
    async (request) => portalUnreadCounts(app.db, request.portal),
  );

  app.post(
    '/message-threads',
    {
      schema: {
        ...common,
        operationId: 'startPortalMessageThread',
        summary: 'Ask the office a question about an account, building or document the customer can see',
        body: StartPortalThreadBody,
        response: { 201: MessageThreadDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(toThreadDto(await startPortalThread(app.db, request.portal, request.body))),
  );

  app.get(
    '/message-threads/:id',
    {
      schema: {
        ...common,
        operationId: 'getPortalMessageThread',
        summary: 'One conversation with its messages',
        params: IdParams,
        response: { 200: MessageThreadDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toThreadDto(await getPortalThread(app.db, request.portal, request.params.id)),
  );

  app.post(
    '/message-threads/:id/messages',
    {
      schema: {
        ...common,
        operationId: 'replyToPortalMessageThread',
        summary: 'Write in a conversation (reopens it when closed)',
        params: IdParams,
        body: ReplyBody,
        response: { 200: MessageThreadDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request) =>
      toThreadDto(await replyToPortalThread(app.db, request.portal, request.params.id, request.body)),
  );

  app.post(
    '/message-threads/:id/read',
    {
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'markPortalMessageThreadRead',
        summary: 'Mark the conversation read for this contact',
        params: IdParams,
        response: { 200: PortalUnreadDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      await markPortalThreadRead(app.db, request.portal, request.params.id);
      return portalUnreadCounts(app.db, request.portal);
    },
  );

  app.get(
    '/message-threads/:id/attachments/:attachmentId',
    {
      schema: {
        ...common,
        operationId: 'downloadPortalMessageAttachment',
        summary: 'Download a file sent in the conversation',
        params: AttachmentParams,
        querystring: DispositionQuery,
        response: { 200: AttachmentResponse, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const file = await downloadPortalAttachment(
        app.db,
        request.portal,
        request.params.id,
        request.params.attachmentId,
      );
      return sendAttachment(reply, file, request.query.disposition === 'inline');
    },
  );
};
