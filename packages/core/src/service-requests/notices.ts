import { type DbOrTx, type ServiceRequestStatus, schema } from '@portico/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { clipReason } from '../invitations/delivery';
import { toPortalContact } from '../portal-auth/portal-contacts';
import { buildingVisible } from '../portal-content/visibility';

const {
  contacts,
  notificationPreferences,
  organizations,
  portalIdentities,
  serviceRequestEvents,
  serviceRequests,
  buildings,
} = schema;

export const statusLabels: Record<ServiceRequestStatus, string> = {
  received: 'received',
  scheduled: 'scheduled',
  in_progress: 'in progress',
  done: 'done',
  declined: 'declined',
};

/** Everything the requester's email needs, from a successful claim. */
export interface ServiceRequestNoticeEmail {
  eventId: string;
  /** For the unsubscribe link, signed by the worker as it sends. */
  contactId: string;
  categories: ['service_requests'];
  to: string;
  from: string | null;
  organizationName: string;
  contactFirstName: string;
  number: number;
  buildingName: string;
  status: ServiceRequestStatus;
  note: string | null;
  scheduledFor: Date | null;
  /** The request's page in the portal. */
  url: string;
}

export type ServiceRequestNoticeClaim = { email: ServiceRequestNoticeEmail } | { skipped: string };

export function serviceRequestUrlOf(portalUrl: string, requestId: string): string {
  return `${portalUrl.replace(/\/$/, '')}/service-requests/${requestId}`;
}

/**
 * Claims the email of one status change for one send: a conditional UPDATE on the history row
 * (`notice_claimed_at` null -> now), so a duplicate job claims nothing. Then decides, with what is
 * true now: the requester must still be able to sign in (enrolled, not suspended, with an email),
 * still see the request's building (THE access rule), and not have turned the `service_requests`
 * category off. A `daily` choice sends at once too: there is no digest of request changes, and a
 * visit date held back until tomorrow is no use. A skipped notice stays claimed, with why.
 */
export async function claimServiceRequestNotice(
  db: DbOrTx,
  eventId: string,
  portalUrl: string,
): Promise<ServiceRequestNoticeClaim | null> {
  const [claimed] = await db
    .update(serviceRequestEvents)
    .set({ noticeClaimedAt: sql`now()` })
    .where(
      and(
        eq(serviceRequestEvents.id, eventId),
        isNull(serviceRequestEvents.noticeClaimedAt),
        isNull(serviceRequestEvents.noticeSentAt),
      ),
    )
    .returning({
      requestId: serviceRequestEvents.requestId,
      orgId: serviceRequestEvents.orgId,
      status: serviceRequestEvents.toStatus,
      note: serviceRequestEvents.note,
      scheduledFor: serviceRequestEvents.scheduledFor,
    });
  if (!claimed) return null;

  const [row] = await db
    .select({
      contact: contacts,
      organization: organizations,
      identity: portalIdentities.contactId,
      number: serviceRequests.number,
      buildingId: serviceRequests.buildingId,
      buildingName: buildings.name,
      choice: notificationPreferences.choice,
    })
    .from(serviceRequests)
    .innerJoin(buildings, eq(buildings.id, serviceRequests.buildingId))
    .innerJoin(organizations, eq(organizations.id, serviceRequests.orgId))
    .innerJoin(contacts, eq(contacts.id, serviceRequests.requestedBy))
    .leftJoin(portalIdentities, eq(portalIdentities.contactId, contacts.id))
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.contactId, contacts.id),
        eq(notificationPreferences.category, 'service_requests'),
      ),
    )
    .where(and(eq(serviceRequests.orgId, claimed.orgId), eq(serviceRequests.id, claimed.requestId)))
    .limit(1);
  if (!row) return skipNotice(db, eventId, 'the request has no requester any more');

  const { contact: c, organization: o } = row;
  const to = c.email?.trim();
  let skipped: string | null = null;
  if (c.suspended) skipped = 'the contact is suspended';
  else if (c.inviteStatus !== 'enrolled' || !row.identity) skipped = 'the contact is not enrolled';
  else if (!to) skipped = 'the contact has no email address';
  else if (row.choice === 'off') skipped = 'the contact turned service request emails off';
  if (skipped || !to) return skipNotice(db, eventId, skipped ?? 'no address');

  const scope = { contact: toPortalContact(c, o), view: { kind: 'all' as const } };
  const [visible] = await db
    .select({ id: buildings.id })
    .from(buildings)
    .where(and(eq(buildings.id, row.buildingId), buildingVisible(scope, buildings.id)))
    .limit(1);
  if (!visible) return skipNotice(db, eventId, "the contact no longer sees the request's building");

  return {
    email: {
      eventId,
      contactId: c.id,
      categories: ['service_requests'],
      to,
      from: o.defaultEmailFrom,
      organizationName: o.name,
      contactFirstName: c.firstName,
      number: row.number,
      buildingName: row.buildingName,
      status: claimed.status,
      note: claimed.note,
      scheduledFor: claimed.scheduledFor,
      url: serviceRequestUrlOf(portalUrl, claimed.requestId),
    },
  };
}

async function skipNotice(db: DbOrTx, eventId: string, why: string): Promise<ServiceRequestNoticeClaim> {
  const skipped = `Skipped: ${why}.`;
  await db
    .update(serviceRequestEvents)
    .set({ noticeError: skipped })
    .where(eq(serviceRequestEvents.id, eventId));
  return { skipped };
}

/** The server accepted the email. */
export async function markServiceRequestNoticeSent(db: DbOrTx, eventId: string): Promise<void> {
  await db
    .update(serviceRequestEvents)
    .set({ noticeSentAt: sql`now()`, noticeError: null })
    .where(eq(serviceRequestEvents.id, eventId));
}

/** A failed attempt gives the claim back, for BullMQ's retry to take again. */
export async function releaseServiceRequestNotice(db: DbOrTx, eventId: string, error: string): Promise<void> {
  await db
    .update(serviceRequestEvents)
    .set({ noticeClaimedAt: null, noticeError: clipReason(error) })
    .where(and(eq(serviceRequestEvents.id, eventId), isNull(serviceRequestEvents.noticeSentAt)));
}

/** The last attempt failed: stays claimed (never retried), with the server's reason. */
export async function failServiceRequestNotice(db: DbOrTx, eventId: string, reason: string): Promise<void> {
  await db
    .update(serviceRequestEvents)
    .set({ noticeError: clipReason(reason) })
    .where(eq(serviceRequestEvents.id, eventId));
}
