import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ingestBatch, ingestKinds, ingestOne, itemSchemaOf, MAX_BATCH_ITEMS } from '@portico/core';
import { Type } from 'typebox';
import { problems } from '../../http/problem';
import { documentFileRoutes } from './file-routes';
import { BatchBody, BatchResponse, ExternalIdParams, UpsertResult } from './schemas';
import { batchEnvelope, envelopeValidator } from './validation';

/**
 * The contractor's other systems push records here, keyed by their own ids. One PUT and one batch
 * route per kind, built from core's kind table (so each has its own operation id and schema).
 */
export const integrationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateIntegration);
  const common = { tags: ['integration'], security: [{ integrationKey: [] }] };

  for (const kind of Object.values(ingestKinds)) {
    const item = itemSchemaOf(kind);
    const fields = Type.Object(kind.fields, { additionalProperties: false, title: `${kind.label}Fields` });

    app.put(
      `/${kind.name}/:externalId`,
      {
        preHandler: app.requireScope(kind.scope),
        schema: {
          ...common,
          operationId: `upsert${kind.label}`,
          summary: `Create or replace one ${kind.label.toLowerCase()} by its external id`,
          description: `Needs the ${kind.scope} scope. Fields left out are cleared (or take their default). An unknown reference answers 422 naming the field.`,
          params: ExternalIdParams,
          body: fields,
          response: { 200: UpsertResult, 201: UpsertResult, ...problems(400, 401, 403, 409, 422) },
        },
      },
      async (request, reply) => {
        const { externalId } = request.params;
        const result = await ingestOne(app.db, request.integration.orgId, kind, externalId, request.body);
        return reply.code(result.status === 'created' ? 201 : 200).send({ externalId, ...result });
      },
    );

    app.post(
      `/${kind.name}/batch`,
      {
        preHandler: app.requireScope(kind.scope),
        validatorCompiler: envelopeValidator(batchEnvelope(MAX_BATCH_ITEMS)),
        schema: {
          ...common,
          operationId: `upsert${kind.label}Batch`,
          summary: `Create or replace up to ${MAX_BATCH_ITEMS} ${kind.name} by external id, with a result per item`,
          description: `Needs the ${kind.scope} scope. Items are validated one by one; an item whose externalId repeats an earlier one fails. The valid items are written in one transaction.`,
          body: BatchBody(item),
          response: { 200: BatchResponse, ...problems(400, 401, 403) },
        },
      },
      async (request) => ingestBatch(app.db, request.integration.orgId, kind, request.body.items),
    );
  }

  await app.register(documentFileRoutes);
};
