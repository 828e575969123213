import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createContact,
  deleteContact,
  getContact,
  linkContactAccount,
  linkContactBuilding,
  listContacts,
  unlinkContactAccount,
  unlinkContactBuilding,
  updateContact,
} from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  AccountLinkBody,
  AccountLinkParams,
  BuildingLinkParams,
  ContactDto,
  CreateContactBody,
  ListContactsQuery,
  toContactDto,
  UpdateContactBody,
} from './schemas';

export const contactRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const write = app.requirePermission('contacts.write');
  const common = { tags: ['contacts'], security: [{ officeBearer: [] }] };
  const writeErrors = problems(400, 401, 403, 404, 409);

  app.get(
    '/contacts',
    {
      schema: {
        ...common,
        operationId: 'listContacts',
        summary: 'List contacts with portal status, filters and search',
        querystring: ListContactsQuery,
        response: { 200: Page(ContactDto, 'ContactPage'), ...problems(400, 401) },
      },
    },
    async (request) => {
      const { limit, cursor, order, sort, ...filter } = request.query;
      const page = await listContacts(app.db, request.office, filter, { limit, cursor, order, sort });
      return { ...page, items: page.items.map(toContactDto) };
    },
  );

  app.post(
    '/contacts',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'createContact',
        summary: 'Create a contact with its account and building links',
        description: 'Setting `access` also needs the access.manage permission.',
        body: CreateContactBody,
        response: { 201: ContactDto, ...writeErrors },
      },
    },
    async (request, reply) => {
      const contact = await app.db.transaction((tx) => createContact(tx, request.office, request.body));
      return reply.code(201).send(toContactDto(contact));
    },
  );

  app.get(
    '/contacts/:id',
    {
      schema: {
        ...common,
        operationId: 'getContact',
        summary: 'Get a contact',
        params: IdParams,
        response: { 200: ContactDto, ...problems(400, 401, 404) },
      },
    },
    async (request) => toContactDto(await getContact(app.db, request.office, request.params.id)),
  );

  app.patch(
    '/contacts/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'updateContact',
        summary: 'Update a contact',
        params: IdParams,
        body: UpdateContactBody,
        response: { 200: ContactDto, ...writeErrors },
      },
    },
    async (request) =>
      toContactDto(await updateContact(app.db, request.office, request.params.id, request.body)),
  );

  app.delete(
    '/contacts/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'deleteContact',
        summary: 'Delete a contact with its links, portal sign-in and history',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteContact(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/contacts/:id/accounts/:accountId',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'linkContactAccount',
        summary: 'Link a contact to an account (or change its billing flag)',
        params: AccountLinkParams,
        body: AccountLinkBody,
        response: { 200: ContactDto, ...writeErrors },
      },
    },
    async (request) => {
      const { id, accountId } = request.params;
      return toContactDto(
        await linkContactAccount(app.db, request.office, id, accountId, request.body.isBillingContact),
      );
    },
  );

  app.delete(
    '/contacts/:id/accounts/:accountId',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'unlinkContactAccount',
        summary: 'Unlink a contact from an account',
        params: AccountLinkParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await unlinkContactAccount(app.db, request.office, request.params.id, request.params.accountId);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/contacts/:id/buildings/:buildingId',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'linkContactBuilding',
        summary: 'Link a contact to a building',
        params: BuildingLinkParams,
        response: { 200: ContactDto, ...writeErrors },
      },
    },
    async (request) => {
      const { id, buildingId } = request.params;
      return toContactDto(await linkContactBuilding(app.db, request.office, id, buildingId));
    },
  );

  app.delete(
    '/contacts/:id/buildings/:buildingId',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'unlinkContactBuilding',
        summary: 'Unlink a contact from a building',
        params: BuildingLinkParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await unlinkContactBuilding(app.db, request.office, request.params.id, request.params.buildingId);
      return reply.code(204).send(null);
    },
  );
};
