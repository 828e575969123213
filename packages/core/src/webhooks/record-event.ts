import { randomUUID } from 'node:crypto';
import { type DbOrTx, schema, type WebhookDeliveryEventType, type WebhookEventType } from '@portico/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { enqueueJobs } from '../jobs/outbox';

const { contacts, webhookDeliveries, webhookEndpoints } = schema;

/** Event data: ids and a few fields a receiver needs, never tokens or secrets. */
export type WebhookEventData = Record<string, string | number | boolean | null>;

export interface WebhookEventInput {
  orgId: string;
  type: WebhookEventType;
  /** The data, or a function that reads it: called only when some endpoint is subscribed. */
  data: WebhookEventData | (() => Promise<WebhookEventData>);
}

/** A contact as events describe it; one query, run only when an endpoint is subscribed. */
export function contactEventData(tx: DbOrTx, contactId: string, extra: WebhookEventData = {}) {
  return async (): Promise<WebhookEventData> => {
    const [c] = await tx
      .select({ email: contacts.email, firstName: contacts.firstName, lastName: contacts.lastName })
      .from(contacts)
      .where(eq(contacts.id, contactId))
      .limit(1);
    return {
      ...extra,
      contactId,
      email: c?.email ?? null,
      firstName: c?.firstName ?? null,
      lastName: c?.lastName ?? null,
    };
  };
}

/** The JSON body every receiver gets; `id` is the same in every delivery and replay of the event. */
export interface WebhookBody {
  id: string;
  type: WebhookDeliveryEventType;
  createdAt: string;
  organizationId: string;
  data: WebhookEventData;
}

export function webhookBody(
  orgId: string,
  type: WebhookDeliveryEventType,
  data: WebhookEventData,
): WebhookBody {
  return { id: randomUUID(), type, createdAt: new Date().toISOString(), organizationId: orgId, data };
}

/** One delivery row and its outbox job per endpoint; call inside the caller's transaction. */
export async function insertDeliveries(
  tx: DbOrTx,
  orgId: string,
  endpointIds: string[],
  body: WebhookBody,
  replayOf: string | null = null,
): Promise<(typeof webhookDeliveries.$inferSelect)[]> {
  if (endpointIds.length === 0) return [];
  const rows = await tx
    .insert(webhookDeliveries)
    .values(
      endpointIds.map((endpointId) => ({
        orgId,
        endpointId,
        eventType: body.type,
        eventId: body.id,
        payload: { ...body },
        replayOf,
      })),
    )
    .returning();
  await enqueueJobs(
    tx,
    rows.map((r) => ({ orgId, job: 'webhook.deliver' as const, payload: { deliveryId: r.id } })),
  );
  return rows;
}

/** The enabled endpoints of each organization subscribed to `type`; one indexed read for all. */
async function subscribedEndpoints(
  tx: DbOrTx,
  orgIds: string[],
  type: WebhookEventType,
): Promise<Map<string, string[]>> {
  const rows = await tx
    .select({ id: webhookEndpoints.id, orgId: webhookEndpoints.orgId })
    .from(webhookEndpoints)
    .where(
      and(
        inArray(webhookEndpoints.orgId, orgIds),
        isNull(webhookEndpoints.disabledAt),
        sql`${type} = any(${webhookEndpoints.events})`,
      ),
    );
  const byOrg = new Map<string, string[]>();
  for (const r of rows) byOrg.set(r.orgId, [...(byOrg.get(r.orgId) ?? []), r.id]);
  return byOrg;
}

/**
 * Records that something happened, for every enabled endpoint of the organization subscribed to
 * it: inside the caller's transaction, so the event exists exactly when the change commits.
 * With no subscribed endpoint this is one indexed read and writes nothing.
 */
export async function recordWebhookEvent(tx: DbOrTx, event: WebhookEventInput): Promise<number> {
  return recordWebhookEvents(tx, event.type, [event]);
}

/** recordWebhookEvent for many events of one type (a batch of sends): one read for them all. */
export async function recordWebhookEvents(
  tx: DbOrTx,
  type: WebhookEventType,
  events: readonly Omit<WebhookEventInput, 'type'>[],
): Promise<number> {
  if (events.length === 0) return 0;
  const endpoints = await subscribedEndpoints(tx, [...new Set(events.map((e) => e.orgId))], type);
  let recorded = 0;
  for (const event of events) {
    const endpointIds = endpoints.get(event.orgId);
    if (!endpointIds) continue;
    const data = typeof event.data === 'function' ? await event.data() : event.data;
    const rows = await insertDeliveries(tx, event.orgId, endpointIds, webhookBody(event.orgId, type, data));
    recorded += rows.length;
  }
  return recorded;
}
