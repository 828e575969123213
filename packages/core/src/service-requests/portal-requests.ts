import { type Db, type DbOrTx, type ServiceRequestUrgency, schema } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import { NotFoundError, ValidationError } from '../errors';
import { buildingVisible, type PortalScope } from '../portal-content/visibility';
import { recordWebhookEvent } from '../webhooks/record-event';
import { findSummary, type ServiceRequestDetail, withDetail } from './records';
import { serviceRequestEventData } from './webhook-data';

const { buildings, serviceRequestEvents, serviceRequests } = schema;

export const DESCRIPTION_MAX_LENGTH = 4000;

export interface NewServiceRequest {
  buildingId: string;
  description: string;
  urgency?: ServiceRequestUrgency | undefined;
}

/** A request the scope may see (one on a building its access covers), or 404 like a missing one. */
export async function getPortalServiceRequest(
  db: DbOrTx,
  scope: PortalScope,
  requestId: string,
): Promise<ServiceRequestDetail> {
  const orgId = scope.contact.orgId;
  const summary = await findSummary(db, orgId, requestId, buildingVisible(scope, serviceRequests.buildingId));
  if (!summary) throw new NotFoundError('Service request');
  return withDetail(db, orgId, summary, 'portal');
}

/**
 * A contact raises a request for a building it may see; any other building (another customer's,
 * or one outside the view) is "not found", exactly as reading it would be. The first history row
 * records the contact as the one who raised it; `service_request.created` goes to webhooks.
 */
export async function createPortalServiceRequest(
  db: Db,
  scope: PortalScope,
  input: NewServiceRequest,
): Promise<ServiceRequestDetail> {
  const description = input.description.trim();
  if (!description) {
    throw new ValidationError('Describe what needs doing.', [{ field: 'description', message: 'required' }]);
  }
  if (description.length > DESCRIPTION_MAX_LENGTH) {
    throw new ValidationError('The description is too long.', [
      { field: 'description', message: `at most ${DESCRIPTION_MAX_LENGTH} characters` },
    ]);
  }
  const { contact } = scope;
  const orgId = contact.orgId;
  const id = await db.transaction(async (tx) => {
    const [building] = await tx
      .select({ id: buildings.id, accountId: buildings.accountId })
      .from(buildings)
      .where(
        and(
          eq(buildings.orgId, orgId),
          eq(buildings.id, input.buildingId),
          buildingVisible(scope, buildings.id),
        ),
      )
      .limit(1);
    if (!building) throw new NotFoundError('Building');
    // Numbers are per organization and gapless enough to say on the phone: the transaction lock
    // serializes the organization's creations for the moment between max() and insert.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`service_requests:${orgId}`}, 0))`);
    const [request] = await tx
      .insert(serviceRequests)
      .values({
        orgId,
        number: sql`(select coalesce(max(number), 0) + 1 from ${serviceRequests} where org_id = ${orgId})`,
        accountId: building.accountId,
        buildingId: building.id,
        requestedBy: contact.id,
        description,
        urgency: input.urgency ?? 'normal',
      })
      .returning({ id: serviceRequests.id });
    if (!request) throw new Error('insert returned no row');
    await tx.insert(serviceRequestEvents).values({
      orgId,
      requestId: request.id,
      actorType: 'contact',
      contactId: contact.id,
      fromStatus: null,
      toStatus: 'received',
    });
    await recordWebhookEvent(tx, {
      orgId,
      type: 'service_request.created',
      data: serviceRequestEventData(tx, orgId, request.id),
    });
    return request.id;
  });
  return getPortalServiceRequest(db, scope, id);
}
