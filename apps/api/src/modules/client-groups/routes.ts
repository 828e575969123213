import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createClientGroup,
  deleteClientGroup,
  getClientGroup,
  listClientGroups,
  updateClientGroup,
} from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  ClientGroupDto,
  CreateClientGroupBody,
  ListClientGroupsQuery,
  toClientGroupDto,
  UpdateClientGroupBody,
} from './schemas';

export const clientGroupRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const write = app.requirePermission('contacts.write');
  const common = { tags: ['client-groups'], security: [{ officeBearer: [] }] };

  app.get(
    '/client-groups',
    {
      schema: {
        ...common,
        operationId: 'listClientGroups',
        summary: 'List client groups, by name',
        querystring: ListClientGroupsQuery,
        response: { 200: Page(ClientGroupDto, 'ClientGroupPage'), ...problems(400, 401) },
      },
    },
    async (request) => {
      const { limit, cursor, order, ...filter } = request.query;
      const page = await listClientGroups(app.db, request.office, filter, { limit, cursor, order });
      return { ...page, items: page.items.map(toClientGroupDto) };
    },
  );

  app.post(
    '/client-groups',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'createClientGroup',
        summary: 'Create a client group',
        body: CreateClientGroupBody,
        response: { 201: ClientGroupDto, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const group = await createClientGroup(app.db, request.office, request.body);
      return reply.code(201).send(toClientGroupDto(group));
    },
  );

  app.get(
    '/client-groups/:id',
    {
      schema: {
        ...common,
        operationId: 'getClientGroup',
        summary: 'Get a client group with its account count',
        params: IdParams,
        response: { 200: ClientGroupDto, ...problems(400, 401, 404) },
      },
    },
    async (request) => toClientGroupDto(await getClientGroup(app.db, request.office, request.params.id)),
  );

  app.patch(
    '/client-groups/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'updateClientGroup',
        summary: 'Update a client group',
        params: IdParams,
        body: UpdateClientGroupBody,
        response: { 200: ClientGroupDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      toClientGroupDto(await updateClientGroup(app.db, request.office, request.params.id, request.body)),
  );

  app.delete(
    '/client-groups/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'deleteClientGroup',
        summary: 'Delete a client group',
        description: 'Its accounts and contacts stay; they just leave the group.',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteClientGroup(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
