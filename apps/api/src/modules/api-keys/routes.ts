import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createApiKey, listApiKeys, revokeApiKey } from '@portico/core';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { IdParams } from '../../http/schema-helpers';
import { ApiKeyDto, CreateApiKeyBody, CreatedApiKey, ListApiKeysQuery, toApiKeyDto } from './schemas';

export const apiKeyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  app.addHook('preHandler', app.requirePermission('integrations.manage'));
  const common = { tags: ['api-keys'], security: [{ officeBearer: [] }] };

  app.get(
    '/api-keys',
    {
      schema: {
        ...common,
        operationId: 'listApiKeys',
        summary: 'List integration API keys, oldest first (revoked ones included)',
        querystring: ListApiKeysQuery,
        response: { 200: Page(ApiKeyDto, 'ApiKeyPage'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const page = await listApiKeys(app.db, request.office, request.query);
      return { ...page, items: page.items.map(toApiKeyDto) };
    },
  );

  app.post(
    '/api-keys',
    {
      schema: {
        ...common,
        operationId: 'createApiKey',
        summary: 'Create an API key; the key is in this answer only',
        body: CreateApiKeyBody,
        response: { 201: CreatedApiKey, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { apiKey, key } = await createApiKey(app.db, request.office, request.body);
      return reply.code(201).send({ apiKey: toApiKeyDto(apiKey), key });
    },
  );

  app.post(
    '/api-keys/:id/revoke',
    {
      schema: {
        ...common,
        operationId: 'revokeApiKey',
        summary: 'Revoke an API key at once (revoking again changes nothing)',
        params: IdParams,
        response: { 200: ApiKeyDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toApiKeyDto(await revokeApiKey(app.db, request.office, request.params.id)),
  );
};
