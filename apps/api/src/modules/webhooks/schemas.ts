import type { WebhookDelivery, WebhookEndpoint } from '@portico/core';
import { webhookEventTypes } from '@portico/db';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';

export const WebhookEventTypeSchema = StringEnum(webhookEventTypes, {
  description: 'An event an endpoint may subscribe to.',
});

const DeliveryStatusSchema = StringEnum(['pending', 'succeeded', 'failed'] as const);

export const WebhookEndpointDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    url: Type.String(),
    description: Type.String(),
    events: Type.Array(WebhookEventTypeSchema),
    secretPrefix: Type.String({ description: 'The first characters of the signing secret.' }),
    enabled: Type.Boolean(),
    disabledAt: Nullable(Type.String({ format: 'date-time' })),
    disabledReason: Nullable(
      Type.String({ description: 'Why it was disabled (by the office or after sustained failure).' }),
    ),
    consecutiveFailures: Type.Integer({ description: 'Deliveries in a row that failed every attempt.' }),
    failingSince: Nullable(Type.String({ format: 'date-time' })),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'WebhookEndpoint' },
);

export const WebhookEndpointList = Type.Object(
  { items: Type.Array(WebhookEndpointDto) },
  { title: 'WebhookEndpointList' },
);

const url = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'An http(s) URL that receives the POSTs.',
});
const description = Type.String({ maxLength: 500 });
const events = Type.Array(WebhookEventTypeSchema, {
  minItems: 1,
  maxItems: webhookEventTypes.length,
  uniqueItems: true,
});

export const CreateWebhookEndpointBody = Type.Object(
  { url, description: Type.Optional(description), events },
  { additionalProperties: false },
);

export const UpdateWebhookEndpointBody = Type.Object(
  {
    url: Type.Optional(url),
    description: Type.Optional(description),
    events: Type.Optional(events),
    enabled: Type.Optional(
      Type.Boolean({ description: 'Enabling clears the disabled state and failure count.' }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const WebhookEndpointWithSecret = Type.Object(
  {
    endpoint: WebhookEndpointDto,
    secret: Type.String({
      description: 'The signing secret. Shown this once: store it in the receiver to verify signatures.',
    }),
  },
  { title: 'WebhookEndpointWithSecret' },
);

export const WebhookDeliveryDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    endpointId: Type.String({ format: 'uuid' }),
    eventType: Type.String(),
    eventId: Type.String({ format: 'uuid', description: 'Same in every delivery and replay of one event.' }),
    payload: Type.Record(Type.String(), Type.Unknown(), { description: 'The JSON body sent.' }),
    status: DeliveryStatusSchema,
    attempts: Type.Integer(),
    lastResponseCode: Nullable(Type.Integer()),
    lastError: Nullable(Type.String()),
    nextAttemptAt: Nullable(Type.String({ format: 'date-time' })),
    deliveredAt: Nullable(Type.String({ format: 'date-time' })),
    replayOf: Nullable(Type.String({ format: 'uuid' })),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'WebhookDelivery' },
);

export const ListWebhookDeliveriesQuery = Type.Object(
  {
    ...pageQuery,
    order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')], { default: 'desc' })),
    status: Type.Optional(DeliveryStatusSchema),
    event: Type.Optional(
      Type.String({ maxLength: 100, description: 'An event type, e.g. contact.enrolled.' }),
    ),
  },
  { additionalProperties: false },
);

export const DeliveryParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  deliveryId: Type.String({ format: 'uuid' }),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toEndpointDto = (e: WebhookEndpoint) => ({
  id: e.id,
  url: e.url,
  description: e.description,
  events: e.events,
  secretPrefix: e.secretPrefix,
  enabled: e.disabledAt === null,
  disabledAt: iso(e.disabledAt),
  disabledReason: e.disabledReason,
  consecutiveFailures: e.consecutiveFailures,
  failingSince: iso(e.failingSince),
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

export const toDeliveryDto = (d: WebhookDelivery) => ({
  id: d.id,
  endpointId: d.endpointId,
  eventType: d.eventType,
  eventId: d.eventId,
  payload: d.payload,
  status: d.status,
  attempts: d.attempts,
  lastResponseCode: d.lastResponseCode,
  lastError: d.lastError,
  nextAttemptAt: iso(d.nextAttemptAt),
  deliveredAt: iso(d.deliveredAt),
  replayOf: d.replayOf,
  createdAt: d.createdAt.toISOString(),
});
