import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { accounts, buildings } from './accounts';
import { apiKeys } from './api-keys';
import { createdAt, id, tstz, updatedAt } from './columns';
import { contacts } from './contacts';
import { files } from './files';
import { officeUsers } from './office-users';
import { organizations } from './organizations';

export const serviceRequestUrgency = pgEnum('service_request_urgency', [
  'low',
  'normal',
  'high',
  'emergency',
]);
export type ServiceRequestUrgency = (typeof serviceRequestUrgency.enumValues)[number];

/** Allowed moves between these are core's (service-requests/transitions.ts), not the database's. */
export const serviceRequestStatus = pgEnum('service_request_status', [
  'received',
  'scheduled',
  'in_progress',
  'done',
  'declined',
]);
export type ServiceRequestStatus = (typeof serviceRequestStatus.enumValues)[number];

/** Who made a change in a request's history. */
export const serviceRequestActor = pgEnum('service_request_actor', ['contact', 'office_user', 'integration']);
export type ServiceRequestActor = (typeof serviceRequestActor.enumValues)[number];

/**
 * Something a customer's contact asks the contractor to do at one of its buildings. The account
 * is the building's, copied so office filters and the channel-shift report need no join.
 */
export const serviceRequests = pgTable(
  'service_requests',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Per organization, from 1: what people say on the phone ("request 42"). */
    number: integer('number').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => buildings.id, { onDelete: 'cascade' }),
    /** The contact who raised it; null once that contact is deleted (the request stays). */
    requestedBy: uuid('requested_by').references(() => contacts.id, { onDelete: 'set null' }),
    description: text('description').notNull(),
    urgency: serviceRequestUrgency('urgency').notNull().default('normal'),
    status: serviceRequestStatus('status').notNull().default('received'),
    declineReason: text('decline_reason'),
    scheduledFor: tstz('scheduled_for'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('service_requests_org_number_uq').on(t.orgId, t.number),
    // The integration's `updatedSince` feed and the office list: keyset over (updated_at, id).
    index('service_requests_org_updated_idx').on(t.orgId, t.updatedAt, t.id),
    // The channel-shift report counts per month.
    index('service_requests_org_created_idx').on(t.orgId, t.createdAt),
    // The portal list: building ids from the access rule, newest first.
    index('service_requests_building_idx').on(t.buildingId, sql`${t.createdAt} desc`, sql`${t.id} desc`),
  ],
);

/**
 * Every status a request went through, with who moved it and why: the portal's timeline. The
 * first row (from null to `received`) is the contact raising it. The notice columns guard the
 * requester's email (claimed once per change; see core's service-requests/notices.ts).
 */
export const serviceRequestEvents = pgTable(
  'service_request_events',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    actorType: serviceRequestActor('actor_type').notNull(),
    officeUserId: uuid('office_user_id').references(() => officeUsers.id, { onDelete: 'set null' }),
    apiKeyId: uuid('api_key_id').references(() => apiKeys.id, { onDelete: 'set null' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    fromStatus: serviceRequestStatus('from_status'),
    toStatus: serviceRequestStatus('to_status').notNull(),
    /** A note shown to the customer; the decline reason for `declined`. */
    note: text('note'),
    scheduledFor: tstz('scheduled_for'),
    noticeClaimedAt: tstz('notice_claimed_at'),
    noticeSentAt: tstz('notice_sent_at'),
    noticeError: text('notice_error'),
    createdAt: createdAt(),
  },
  (t) => [index('service_request_events_request_idx').on(t.requestId, t.createdAt, t.id)],
);

/** Photos a contact attached; the bytes are in `files`, like documents' PDFs. */
export const serviceRequestPhotos = pgTable(
  'service_request_photos',
  {
    id: id(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    requestId: uuid('request_id')
      .notNull()
      .references(() => serviceRequests.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'cascade' }),
    uploadedBy: uuid('uploaded_by').references(() => contacts.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [index('service_request_photos_request_idx').on(t.requestId, t.createdAt)],
);
