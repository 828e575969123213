import { type DbOrTx, schema, type WebhookDeliveryStatus } from '@portico/db';
import { and, count, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, RuleViolationError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { getWebhookEndpoint } from './endpoints';
import { insertDeliveries, type WebhookBody, webhookBody } from './record-event';

const { webhookDeliveries, webhookEndpoints } = schema;

export type WebhookDelivery = Omit<typeof webhookDeliveries.$inferSelect, 'orgId' | 'attemptStartedAt'>;

const columns = {
  id: webhookDeliveries.id,
  endpointId: webhookDeliveries.endpointId,
  eventType: webhookDeliveries.eventType,
  eventId: webhookDeliveries.eventId,
  payload: webhookDeliveries.payload,
  status: webhookDeliveries.status,
  attempts: webhookDeliveries.attempts,
  lastResponseCode: webhookDeliveries.lastResponseCode,
  lastError: webhookDeliveries.lastError,
  nextAttemptAt: webhookDeliveries.nextAttemptAt,
  deliveredAt: webhookDeliveries.deliveredAt,
  replayOf: webhookDeliveries.replayOf,
  createdAt: webhookDeliveries.createdAt,
};

const keyset: Keyset = {
  keys: [sql`${webhookDeliveries.createdAt}`, sql`${webhookDeliveries.id}`],
  types: ['timestamptz', 'uuid'],
};

export interface DeliveryFilter {
  status?: WebhookDeliveryStatus | undefined;
  eventType?: string | undefined;
}

/** The endpoint's delivery log, newest first unless asked otherwise. */
export async function listWebhookDeliveries(
  db: DbOrTx,
  ctx: OfficeContext,
  endpointId: string,
  filter: DeliveryFilter,
  page: PageRequest,
): Promise<Page<WebhookDelivery>> {
  await getWebhookEndpoint(db, ctx, endpointId);
  const q = keysetPage(keyset, { ...page, order: page.order ?? 'desc' });
  const where = and(
    eq(webhookDeliveries.orgId, ctx.orgId),
    eq(webhookDeliveries.endpointId, endpointId),
    filter.status ? eq(webhookDeliveries.status, filter.status) : undefined,
    filter.eventType
      ? eq(webhookDeliveries.eventType, filter.eventType as WebhookDelivery['eventType'])
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...columns, cursorKeys: q.cursorKeys })
      .from(webhookDeliveries)
      .where(and(where, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db.select({ n: count() }).from(webhookDeliveries).where(where),
  ]);
  return toPage(rows, page.limit, total?.n ?? 0);
}

function assertEnabled(endpoint: { disabledAt: Date | null }) {
  if (endpoint.disabledAt) {
    throw new RuleViolationError('This endpoint is disabled. Enable it first.', {
      code: 'endpoint_disabled',
    });
  }
}

function toDelivery(row: typeof webhookDeliveries.$inferSelect): WebhookDelivery {
  const { orgId: _org, attemptStartedAt: _started, ...delivery } = row;
  return delivery;
}

/** A `webhook.test` event to this one endpoint, subscribed or not, so the office can check the receiver. */
export async function sendWebhookTest(
  db: DbOrTx,
  ctx: OfficeContext,
  endpointId: string,
): Promise<WebhookDelivery> {
  return db.transaction(async (tx) => {
    const endpoint = await getWebhookEndpoint(tx, ctx, endpointId);
    assertEnabled(endpoint);
    const body = webhookBody(ctx.orgId, 'webhook.test', {
      endpointId,
      message: 'A test event from Portico.',
    });
    const [row] = await insertDeliveries(tx, ctx.orgId, [endpointId], body);
    if (!row) throw new Error('insert returned no row');
    return toDelivery(row);
  });
}

/**
 * Delivers a past delivery's event again, as a new delivery with the same body and event id
 * (receivers that already processed it dedupe by that id). The body keeps its original time.
 */
export async function replayWebhookDelivery(
  db: DbOrTx,
  ctx: OfficeContext,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  return db.transaction(async (tx) => {
    const [original] = await tx
      .select({ payload: webhookDeliveries.payload, disabledAt: webhookEndpoints.disabledAt })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .where(
        and(
          eq(webhookDeliveries.orgId, ctx.orgId),
          eq(webhookDeliveries.endpointId, endpointId),
          eq(webhookDeliveries.id, deliveryId),
        ),
      )
      .limit(1);
    if (!original) throw new NotFoundError('Webhook delivery');
    assertEnabled(original);
    const [row] = await insertDeliveries(
      tx,
      ctx.orgId,
      [endpointId],
      original.payload as unknown as WebhookBody,
      deliveryId,
    );
    if (!row) throw new Error('insert returned no row');
    return toDelivery(row);
  });
}
