import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, tstz, updatedAt } from './columns';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

/** What an endpoint may subscribe to. Names are part of the public contract: never rename one. */
export const webhookEventTypes = [
  'contact.enrolled',
  'contact.suspended',
  'invitation.sent',
  'invitation.failed',
  'invitation.expired',
  'proposal.accepted',
  'proposal.declined',
  'document.viewed',
  'service_request.created',
  'service_request.updated',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** `test` is the office's "send test event": never subscribed to, delivered to one endpoint. */
export type WebhookDeliveryEventType = WebhookEventType | 'webhook.test';

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['pending', 'succeeded', 'failed']);
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatus.enumValues)[number];

/**
 * Where an organization wants its events POSTed. The signing secret is needed in clear by the
 * worker to sign each delivery, so it cannot be hashed; it is returned by the API only once (at
 * creation or rotation) and never logged or put in an outbox payload.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    events: text('events').array().$type<WebhookEventType[]>().notNull().default(sql`'{}'::text[]`),
    secret: text('secret').notNull(),
    /** Shown in lists so the office can tell which secret a receiver holds. */
    secretPrefix: text('secret_prefix').notNull(),
    /** Null while enabled; set (with the reason) by the office or by sustained failure. */
    disabledAt: tstz('disabled_at'),
    disabledReason: text('disabled_reason'),
    /** Deliveries that failed for good in a row; any success resets it. */
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    /** When the current run of failures began: with the count, decides automatic disabling. */
    failingSince: tstz('failing_since'),
    createdBy: uuid('created_by').references(() => officeUsers.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('webhook_endpoints_org_idx').on(t.orgId, t.createdAt)],
);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    eventType: text('event_type').$type<WebhookDeliveryEventType>().notNull(),
    /** Same for every delivery (and replay) of one event: receivers dedupe by it. */
    eventId: uuid('event_id').notNull(),
    /** The exact JSON body sent (ids and a few fields, never tokens). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Set while an attempt is in flight, so a redelivered job does not count or record it twice. */
    attemptStartedAt: tstz('attempt_started_at'),
    lastResponseCode: integer('last_response_code'),
    lastError: text('last_error'),
    nextAttemptAt: tstz('next_attempt_at'),
    deliveredAt: tstz('delivered_at'),
    /** The delivery this one replays, if any. */
    replayOf: uuid('replay_of'),
    createdAt: createdAt(),
  },
  (t) => [
    // The delivery log: newest first per endpoint, filtered by status or event type.
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt, t.id),
    index('webhook_deliveries_org_status_idx').on(t.orgId, t.status, t.createdAt),
  ],
);
