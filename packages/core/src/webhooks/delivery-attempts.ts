import { type DbOrTx, schema } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import { enqueueJobs } from '../jobs/outbox';

const { officeUsers, organizations, roles, webhookDeliveries, webhookEndpoints } = schema;

/** What the worker needs for one attempt. The secret travels no further than the signing. */
export interface ClaimedWebhookAttempt {
  state: 'claimed';
  deliveryId: string;
  endpointId: string;
  orgId: string;
  attempt: number;
  eventId: string;
  eventType: string;
  payload: Record<string, unknown>;
  url: string;
  secret: string;
  allowPrivate: boolean;
}

export type WebhookClaim =
  | ClaimedWebhookAttempt
  /** Nothing to do: delivered, failed for good, deleted, or its endpoint is disabled. */
  | { state: 'done' }
  /** Another attempt of this delivery is in flight (a duplicate job): try later. */
  | { state: 'busy' };

/**
 * Claims the next attempt of a pending delivery: counts it and stamps it in flight, in one
 * transaction with the row locked, so a job BullMQ hands out twice (a stalled job after a worker
 * crash) neither sends in parallel nor counts twice. A stamp older than `staleMs` (longer than a
 * request can take) is an attempt whose worker died: it may be taken over. The receiver may then
 * see the event twice; it dedupes by the event id.
 */
export async function claimWebhookAttempt(
  db: DbOrTx,
  deliveryId: string,
  staleMs: number,
): Promise<WebhookClaim> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        delivery: webhookDeliveries,
        url: webhookEndpoints.url,
        secret: webhookEndpoints.secret,
        disabledAt: webhookEndpoints.disabledAt,
        allowPrivate: organizations.webhooksAllowPrivateTargets,
      })
      .from(webhookDeliveries)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
      .innerJoin(organizations, eq(organizations.id, webhookDeliveries.orgId))
      .where(eq(webhookDeliveries.id, deliveryId))
      .for('update', { of: [webhookDeliveries] })
      .limit(1);
    if (row?.delivery.status !== 'pending') return { state: 'done' };
    const d = row.delivery;
    if (row.disabledAt) {
      await tx
        .update(webhookDeliveries)
        .set({ status: 'failed', lastError: 'Not sent: the endpoint is disabled.', nextAttemptAt: null })
        .where(eq(webhookDeliveries.id, d.id));
      return { state: 'done' };
    }
    if (d.attemptStartedAt && Date.now() - d.attemptStartedAt.getTime() < staleMs) return { state: 'busy' };
    await tx
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        attemptStartedAt: sql`now()`,
        nextAttemptAt: null,
      })
      .where(eq(webhookDeliveries.id, d.id));
    return {
      state: 'claimed',
      deliveryId: d.id,
      endpointId: d.endpointId,
      orgId: d.orgId,
      attempt: d.attempts + 1,
      eventId: d.eventId,
      eventType: d.eventType,
      payload: d.payload,
      url: row.url,
      secret: row.secret,
      allowPrivate: row.allowPrivate,
    };
  });
}

/** A 2xx answer: the delivery is done and the endpoint's failure streak ends. */
export async function recordWebhookSuccess(
  db: DbOrTx,
  deliveryId: string,
  responseCode: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [done] = await tx
      .update(webhookDeliveries)
      .set({
        status: 'succeeded',
        lastResponseCode: responseCode,
        lastError: null,
        deliveredAt: sql`now()`,
        attemptStartedAt: null,
        nextAttemptAt: null,
      })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, 'pending')))
      .returning({ endpointId: webhookDeliveries.endpointId });
    if (!done) return;
    await tx
      .update(webhookEndpoints)
      .set({ consecutiveFailures: 0, failingSince: null })
      .where(eq(webhookEndpoints.id, done.endpointId));
  });
}

/** When an endpoint is given up on: after this many deliveries failed for good in a row, or failing this long. */
export interface WebhookDisablePolicy {
  afterFailedDeliveries: number;
  afterFailingMs: number;
}

export interface WebhookFailure {
  responseCode: number | null;
  error: string;
  /** The last attempt BullMQ will make. */
  final: boolean;
  /** When the next attempt is due (shown in the delivery log); ignored when final. */
  nextAttemptAt: Date | null;
}

const clip = (text: string) => (text.length > 500 ? `${text.slice(0, 497)}...` : text);

/**
 * Records a failed attempt. The endpoint's failure streak starts (or goes on); when it passes the
 * policy the endpoint is disabled, with its reason, and the office is emailed (an outbox job in
 * this transaction). A delivery of a just-disabled endpoint is failed at once.
 */
export async function recordWebhookFailure(
  db: DbOrTx,
  deliveryId: string,
  failure: WebhookFailure,
  policy: WebhookDisablePolicy,
): Promise<{ status: 'pending' | 'failed'; disabledEndpoint: boolean }> {
  return db.transaction(async (tx) => {
    const [delivery] = await tx
      .select({ endpointId: webhookDeliveries.endpointId, orgId: webhookDeliveries.orgId })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.status, 'pending')))
      .for('update')
      .limit(1);
    if (!delivery) return { status: 'failed', disabledEndpoint: false };
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({
        failingSince: sql`coalesce(${webhookEndpoints.failingSince}, now())`,
        consecutiveFailures: failure.final
          ? sql`${webhookEndpoints.consecutiveFailures} + 1`
          : webhookEndpoints.consecutiveFailures,
      })
      .where(eq(webhookEndpoints.id, delivery.endpointId))
      .returning();
    let disabled = false;
    if (endpoint && !endpoint.disabledAt) {
      const failingMs = Date.now() - (endpoint.failingSince ?? new Date()).getTime();
      const reason =
        endpoint.consecutiveFailures >= policy.afterFailedDeliveries
          ? `Disabled after ${endpoint.consecutiveFailures} deliveries in a row failed every attempt (last: ${clip(failure.error)}).`
          : failingMs >= policy.afterFailingMs
            ? `Disabled after failing for ${Math.round(failingMs / 3_600_000)} hours without a success (last: ${clip(failure.error)}).`
            : null;
      if (reason) {
        await tx
          .update(webhookEndpoints)
          .set({ disabledAt: sql`now()`, disabledReason: reason })
          .where(eq(webhookEndpoints.id, endpoint.id));
        await enqueueJobs(tx, [
          {
            orgId: delivery.orgId,
            job: 'webhookEndpoint.disabledNotice',
            payload: { endpointId: endpoint.id },
          },
        ]);
        disabled = true;
      }
    }
    const status = failure.final || disabled ? 'failed' : 'pending';
    await tx
      .update(webhookDeliveries)
      .set({
        status,
        lastResponseCode: failure.responseCode,
        lastError: clip(failure.error),
        attemptStartedAt: null,
        nextAttemptAt: status === 'pending' ? failure.nextAttemptAt : null,
      })
      .where(eq(webhookDeliveries.id, deliveryId));
    return { status, disabledEndpoint: disabled };
  });
}

export interface DisabledEndpointNotice {
  organizationName: string;
  url: string;
  reason: string;
  /** Active office users who may manage integrations. */
  recipients: string[];
}

/** What the "endpoint disabled" email says and to whom; null when the endpoint is gone or enabled again. */
export async function loadDisabledEndpointNotice(
  db: DbOrTx,
  endpointId: string,
): Promise<DisabledEndpointNotice | null> {
  const [endpoint] = await db
    .select({
      orgId: webhookEndpoints.orgId,
      url: webhookEndpoints.url,
      disabledAt: webhookEndpoints.disabledAt,
      reason: webhookEndpoints.disabledReason,
      organizationName: organizations.name,
    })
    .from(webhookEndpoints)
    .innerJoin(organizations, eq(organizations.id, webhookEndpoints.orgId))
    .where(eq(webhookEndpoints.id, endpointId))
    .limit(1);
  if (!endpoint?.disabledAt) return null;
  const users = await db
    .select({ email: officeUsers.email })
    .from(officeUsers)
    .innerJoin(roles, eq(roles.id, officeUsers.roleId))
    .where(
      and(
        eq(officeUsers.orgId, endpoint.orgId),
        eq(officeUsers.active, true),
        sql`'integrations.manage' = any(${roles.permissions})`,
      ),
    );
  return {
    organizationName: endpoint.organizationName,
    url: endpoint.url,
    reason: endpoint.reason ?? 'Disabled.',
    recipients: users.map((u) => u.email),
  };
}
