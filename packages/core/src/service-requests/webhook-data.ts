import { type DbOrTx, schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import type { WebhookEventData } from '../webhooks/record-event';

const { buildings, serviceRequests } = schema;

/**
 * What `service_request.created` / `.updated` carry: ids and the fields a receiver routes by; the
 * full record is one GET away (the integration feed). Read only when an endpoint is subscribed.
 */
export function serviceRequestEventData(tx: DbOrTx, orgId: string, requestId: string) {
  return async (): Promise<WebhookEventData> => {
    const [r] = await tx
      .select({
        number: serviceRequests.number,
        status: serviceRequests.status,
        urgency: serviceRequests.urgency,
        accountId: serviceRequests.accountId,
        buildingId: serviceRequests.buildingId,
        buildingExternalId: buildings.externalId,
        contactId: serviceRequests.requestedBy,
      })
      .from(serviceRequests)
      .innerJoin(buildings, eq(buildings.id, serviceRequests.buildingId))
      .where(and(eq(serviceRequests.orgId, orgId), eq(serviceRequests.id, requestId)))
      .limit(1);
    return { serviceRequestId: requestId, ...(r ?? {}) };
  };
}
