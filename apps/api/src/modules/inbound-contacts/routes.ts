import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createInboundContact, deleteInboundContact, listInboundContacts } from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  CreateInboundContactBody,
  InboundContactDto,
  ListInboundContactsQuery,
  toInboundContactDto,
} from './schemas';

/**
 * The office's log of inbound emails and calls, the other half of the channel-shift report.
 * Reading it is reading a report (reports.read); logging or deleting an entry is recording
 * customer contact, so it needs contacts.write, like editing the customers' people.
 */
export const inboundContactRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const common = { tags: ['inbound-contacts'], security: [{ officeBearer: [] }] };

  app.get(
    '/inbound-contacts',
    {
      preHandler: app.requirePermission('reports.read'),
      schema: {
        ...common,
        operationId: 'listInboundContacts',
        summary: 'The log of inbound emails and calls, newest first',
        querystring: ListInboundContactsQuery,
        response: { 200: Page(InboundContactDto, 'InboundContactPage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, cursor, order, customer, ...filter } = request.query;
      const page = await listInboundContacts(
        app.db,
        request.office,
        { ...filter, accountId: customer },
        { limit, cursor, order },
      );
      return { ...page, items: page.items.map(toInboundContactDto) };
    },
  );

  app.post(
    '/inbound-contacts',
    {
      preHandler: app.requirePermission('contacts.write'),
      schema: {
        ...common,
        operationId: 'createInboundContact',
        summary: 'Log an inbound email or call, or a tally of them',
        description: 'An account of another organization answers 404; a time more than a day ahead, 400.',
        body: CreateInboundContactBody,
        response: { 201: InboundContactDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { occurredAt, ...input } = request.body;
      const entry = await createInboundContact(app.db, request.office, {
        ...input,
        occurredAt: new Date(occurredAt),
      });
      return reply.code(201).send(toInboundContactDto(entry));
    },
  );

  app.delete(
    '/inbound-contacts/:id',
    {
      preHandler: app.requirePermission('contacts.write'),
      schema: {
        ...common,
        operationId: 'deleteInboundContact',
        summary: 'Delete an entry logged by mistake',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteInboundContact(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
