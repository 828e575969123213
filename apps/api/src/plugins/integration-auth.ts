import {
  authenticateApiKey,
  ForbiddenError,
  type IntegrationContext,
  UnauthorizedError,
} from '@portico/core';
import type { ApiKeyScope } from '@portico/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook: `Authorization: Bearer ptk_…`, a key that exists and is not revoked. */
    authenticateIntegration: (request: FastifyRequest) => Promise<void>;
    requireScope: (scope: ApiKeyScope) => (request: FastifyRequest) => Promise<void>;
  }
  interface FastifyRequest {
    integration: IntegrationContext;
  }
}

/**
 * API keys for the contractor's other systems. The key is read from the Authorization header,
 * which the logger redacts; it is never logged or echoed.
 */
export const integrationAuthPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('integration', null as unknown as IntegrationContext);

  app.decorate('authenticateIntegration', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    const key = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!key) throw new UnauthorizedError('This request has no API key: send Authorization: Bearer ptk_….');
    request.integration = await authenticateApiKey(app.db, key);
  });

  app.decorate('requireScope', (scope: ApiKeyScope) => async (request: FastifyRequest) => {
    if (!request.integration.scopes.includes(scope)) {
      throw new ForbiddenError(`This needs an API key with the ${scope} scope.`);
    }
  });
});
