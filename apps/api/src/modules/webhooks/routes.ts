import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  enableWebhookEndpoint,
  getWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  replayWebhookDelivery,
  rotateWebhookSecret,
  sendWebhookTest,
  updateWebhookEndpoint,
} from '@portico/core';
import { Type } from 'typebox';
import { Page } from '../../http/pagination';
import { problems } from '../../http/problem';
import { defaultEmptyBody, IdParams } from '../../http/schema-helpers';
import {
  CreateWebhookEndpointBody,
  DeliveryParams,
  ListWebhookDeliveriesQuery,
  toDeliveryDto,
  toEndpointDto,
  UpdateWebhookEndpointBody,
  WebhookDeliveryDto,
  WebhookEndpointDto,
  WebhookEndpointList,
  WebhookEndpointWithSecret,
} from './schemas';

export const webhookRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticateOffice);
  app.addHook('preHandler', app.requirePermission('integrations.manage'));
  const common = { tags: ['webhooks'], security: [{ officeBearer: [] }] };

  app.get(
    '/webhooks',
    {
      schema: {
        ...common,
        operationId: 'listWebhookEndpoints',
        summary: 'List webhook endpoints, oldest first',
        response: { 200: WebhookEndpointList, ...problems(401, 403) },
      },
    },
    async (request) => ({ items: (await listWebhookEndpoints(app.db, request.office)).map(toEndpointDto) }),
  );

  app.post(
    '/webhooks',
    {
      schema: {
        ...common,
        operationId: 'createWebhookEndpoint',
        summary: 'Create a webhook endpoint; its signing secret is in this answer only',
        body: CreateWebhookEndpointBody,
        response: { 201: WebhookEndpointWithSecret, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { endpoint, secret } = await createWebhookEndpoint(app.db, request.office, request.body);
      return reply.code(201).send({ endpoint: toEndpointDto(endpoint), secret });
    },
  );

  app.get(
    '/webhooks/:id',
    {
      schema: {
        ...common,
        operationId: 'getWebhookEndpoint',
        summary: 'One webhook endpoint',
        params: IdParams,
        response: { 200: WebhookEndpointDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toEndpointDto(await getWebhookEndpoint(app.db, request.office, request.params.id)),
  );

  app.patch(
    '/webhooks/:id',
    {
      schema: {
        ...common,
        operationId: 'updateWebhookEndpoint',
        summary: 'Change the URL, description, events, or enable/disable an endpoint',
        params: IdParams,
        body: UpdateWebhookEndpointBody,
        response: { 200: WebhookEndpointDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) =>
      toEndpointDto(await updateWebhookEndpoint(app.db, request.office, request.params.id, request.body)),
  );

  app.delete(
    '/webhooks/:id',
    {
      schema: {
        ...common,
        operationId: 'deleteWebhookEndpoint',
        summary: 'Delete an endpoint and its delivery log',
        params: IdParams,
        response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await deleteWebhookEndpoint(app.db, request.office, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/webhooks/:id/enable',
    {
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'enableWebhookEndpoint',
        summary: 'Enable a disabled endpoint again (its failure count starts over)',
        params: IdParams,
        response: { 200: WebhookEndpointDto, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => toEndpointDto(await enableWebhookEndpoint(app.db, request.office, request.params.id)),
  );

  app.post(
    '/webhooks/:id/rotate-secret',
    {
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'rotateWebhookSecret',
        summary: 'Replace the signing secret; the new one is in this answer only',
        params: IdParams,
        response: { 200: WebhookEndpointWithSecret, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { endpoint, secret } = await rotateWebhookSecret(app.db, request.office, request.params.id);
      return { endpoint: toEndpointDto(endpoint), secret };
    },
  );

  app.post(
    '/webhooks/:id/test',
    {
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'sendWebhookTest',
        summary: 'Queue a `webhook.test` event to this endpoint',
        params: IdParams,
        response: { 202: WebhookDeliveryDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) =>
      reply.code(202).send(toDeliveryDto(await sendWebhookTest(app.db, request.office, request.params.id))),
  );

  app.get(
    '/webhooks/:id/deliveries',
    {
      schema: {
        ...common,
        operationId: 'listWebhookDeliveries',
        summary: "The endpoint's delivery log, newest first; filter by status or event type",
        params: IdParams,
        querystring: ListWebhookDeliveriesQuery,
        response: { 200: Page(WebhookDeliveryDto, 'WebhookDeliveryPage'), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { status, event, ...page } = request.query;
      const result = await listWebhookDeliveries(
        app.db,
        request.office,
        request.params.id,
        { status, eventType: event },
        page,
      );
      return { ...result, items: result.items.map(toDeliveryDto) };
    },
  );

  app.post(
    '/webhooks/:id/deliveries/:deliveryId/replay',
    {
      preValidation: defaultEmptyBody,
      schema: {
        ...common,
        operationId: 'replayWebhookDelivery',
        summary: 'Deliver the same event again, as a new delivery with the same event id',
        params: DeliveryParams,
        response: { 202: WebhookDeliveryDto, ...problems(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      const { id, deliveryId } = request.params;
      return reply
        .code(202)
        .send(toDeliveryDto(await replayWebhookDelivery(app.db, request.office, id, deliveryId)));
    },
  );
};
