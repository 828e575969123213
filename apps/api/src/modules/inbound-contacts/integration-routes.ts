import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MAX_INBOUND_BATCH, recordInboundContacts } from '@portico/core';
import { problems } from '../../http/problem';
import { InboundContactBatchBody, InboundContactBatchResult } from './schemas';

/**
 * A phone system or shared mailbox posts the emails and calls it saw, keyed by its own ids, so a
 * retried request never counts one twice. Registered under /api/v1/integration beside the other
 * integration routes (its own plugin, so the API-key hook is added here too).
 */
export const inboundContactIntegrationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateIntegration);

  app.post(
    '/inbound-contacts',
    {
      preHandler: app.requireScope('inbound-contacts:write'),
      schema: {
        tags: ['integration'],
        security: [{ integrationKey: [] }],
        operationId: 'recordInboundContacts',
        summary: `Record up to ${MAX_INBOUND_BATCH} inbound emails or calls (or tallies), idempotently by external id`,
        description:
          'Needs the inbound-contacts:write scope. A malformed body is a 400 as a whole; then each item fails alone (a repeated externalId in the batch, a time more than a day ahead, an unknown accountExternalId) and the others are recorded. An externalId already recorded answers unchanged and is left as it was.',
        body: InboundContactBatchBody,
        response: { 200: InboundContactBatchResult, ...problems(400, 401, 403) },
      },
    },
    async (request) =>
      recordInboundContacts(
        app.db,
        request.integration.orgId,
        request.body.items.map(({ occurredAt, ...item }) => ({ ...item, occurredAt: new Date(occurredAt) })),
      ),
  );
};
