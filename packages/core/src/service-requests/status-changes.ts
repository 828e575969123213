import { type Db, schema } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';
import type { IntegrationContext } from '../integrations/api-keys';
import { enqueueJobs } from '../jobs/outbox';
import { recordWebhookEvent } from '../webhooks/record-event';
import { findSummary, type ServiceRequestDetail, withDetail } from './records';
import { checkStatusChange, type StatusChange } from './transitions';
import { serviceRequestEventData } from './webhook-data';

const { serviceRequestEvents, serviceRequests } = schema;

/** Who moves a request along: office staff, or the operations system through an API key. */
export type StatusActor = { type: 'office_user'; id: string } | { type: 'integration'; keyId: string };

/**
 * Moves a request to a new status (transitions.ts says which moves are allowed), in one
 * transaction: the request, its history row, the requester's email (an outbox job, sent by the
 * worker if the contact's preference allows) and the `service_request.updated` webhook event.
 * The row is locked first, so two people changing it at once are applied one after the other,
 * each checked against the status the other left.
 */
export async function changeServiceRequestStatus(
  db: Db,
  orgId: string,
  actor: StatusActor,
  requestId: string,
  change: StatusChange,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        status: serviceRequests.status,
        scheduledFor: serviceRequests.scheduledFor,
        requestedBy: serviceRequests.requestedBy,
      })
      .from(serviceRequests)
      .where(and(eq(serviceRequests.orgId, orgId), eq(serviceRequests.id, requestId)))
      .for('update')
      .limit(1);
    if (!current) throw new NotFoundError('Service request');
    const checked = checkStatusChange(current.status, change);
    // A date belongs to `scheduled` and the work after it; reopening starts over without one.
    const scheduledFor =
      checked.status === 'scheduled'
        ? (checked.scheduledFor ?? current.scheduledFor)
        : checked.status === 'received'
          ? null
          : current.scheduledFor;
    await tx
      .update(serviceRequests)
      .set({
        status: checked.status,
        declineReason: checked.status === 'declined' ? checked.note : null,
        scheduledFor,
        // The database's clock, as the integration feed compares against it (lists.ts).
        updatedAt: sql`now()`,
      })
      .where(eq(serviceRequests.id, requestId));
    const [event] = await tx
      .insert(serviceRequestEvents)
      .values({
        orgId,
        requestId,
        actorType: actor.type,
        officeUserId: actor.type === 'office_user' ? actor.id : null,
        apiKeyId: actor.type === 'integration' ? actor.keyId : null,
        fromStatus: current.status,
        toStatus: checked.status,
        note: checked.note,
        scheduledFor: checked.status === 'scheduled' ? scheduledFor : null,
      })
      .returning({ id: serviceRequestEvents.id });
    if (!event) throw new Error('insert returned no row');
    if (current.requestedBy) {
      await enqueueJobs(tx, [{ orgId, job: 'serviceRequestNotice.send', payload: { eventId: event.id } }]);
    }
    await recordWebhookEvent(tx, {
      orgId,
      type: 'service_request.updated',
      data: serviceRequestEventData(tx, orgId, requestId),
    });
  });
}

export async function getOfficeServiceRequest(
  db: Db,
  ctx: Pick<OfficeContext, 'orgId'>,
  requestId: string,
): Promise<ServiceRequestDetail> {
  const summary = await findSummary(db, ctx.orgId, requestId);
  if (!summary) throw new NotFoundError('Service request');
  return withDetail(db, ctx.orgId, summary, 'office');
}

/** The office's status update, answered with the request as it now is. */
export async function updateOfficeServiceRequest(
  db: Db,
  ctx: OfficeContext,
  requestId: string,
  change: StatusChange,
): Promise<ServiceRequestDetail> {
  await changeServiceRequestStatus(db, ctx.orgId, ctx.actor, requestId, change);
  return getOfficeServiceRequest(db, ctx, requestId);
}

/** The operations system's status update (scope `service-requests:write`). */
export async function updateIntegrationServiceRequest(
  db: Db,
  ctx: IntegrationContext,
  requestId: string,
  change: StatusChange,
): Promise<ServiceRequestDetail> {
  await changeServiceRequestStatus(
    db,
    ctx.orgId,
    { type: 'integration', keyId: ctx.keyId },
    requestId,
    change,
  );
  return getOfficeServiceRequest(db, ctx, requestId);
}
