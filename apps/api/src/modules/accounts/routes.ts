import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  accountCounts,
  createAccount,
  deleteAccount,
  getAccount,
  listAccounts,
  updateAccount,
} from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import {
  AccountDetailDto,
  AccountDto,
  CreateAccountBody,
  ListAccountsQuery,
  toAccountDto,
  UpdateAccountBody,
} from './schemas';

export const accountRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  const write = app.requirePermission('contacts.write');
  const common = { tags: ['accounts'], security: [{ officeBearer: [] }] };

  app.get(
    '/accounts',
    {
      schema: {
        ...common,
        operationId: 'listAccounts',
        summary: 'List accounts (customers)',
        querystring: ListAccountsQuery,
        response: { 200: Page(AccountDto, 'AccountPage'), ...problems(400, 401) },
      },
    },
    async (request) => {
      const { limit, cursor, order, sort, ...filter } = request.query;
      const page = await listAccounts(app.db, request.office, filter, { limit, cursor, order, sort });
      return { ...page, items: page.items.map(toAccountDto) };
    },
  );

  app.post(
    '/accounts',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'createAccount',
        summary: 'Create an account',
        body: CreateAccountBody,
        response: { 201: AccountDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const account = await createAccount(app.db, request.office, request.body);
      return reply.code(201).send(toAccountDto(account));
    },
  );

  app.get(
    '/accounts/:id',
    {
      schema: {
        ...common,
        operationId: 'getAccount',
        summary: 'Get an account with its building and contact counts',
        params: IdParams,
        response: { 200: AccountDetailDto, ...problems(400, 401, 404) },
      },
    },
    async (request) => {
      const account = await getAccount(app.db, request.office, request.params.id);
      const counts = await accountCounts(app.db, request.office, account.id);
      return { ...toAccountDto(account), counts };
    },
  );

  app.patch(
    '/accounts/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'updateAccount',
        summary: 'Update an account',
        params: IdParams,
        body: UpdateAccountBody,
        response: { 200: AccountDto, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      toAccountDto(await updateAccount(app.db, request.office, request.params.id, request.body)),
  );

  app.delete(
    '/accounts/:id',
    {
      preHandler: write,
      schema: {
        ...common,
        operationId: 'deleteAccount',
        summary: 'Delete an account and its buildings',
        description:
          'Refused with 409 while contacts are linked to the account; deactivate it instead to keep its history.',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await deleteAccount(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
