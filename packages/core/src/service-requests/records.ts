import {
  type DbOrTx,
  type ServiceRequestActor,
  type ServiceRequestStatus,
  type ServiceRequestUrgency,
  schema,
} from '@portico/db';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { runQueries } from '../concurrent-queries';

const {
  accounts,
  apiKeys,
  buildings,
  contacts,
  files,
  officeUsers,
  organizations,
  serviceRequestEvents,
  serviceRequestPhotos,
  serviceRequests,
} = schema;

/** A request as lists show it (office, portal and integration alike). */
export interface ServiceRequestSummary {
  id: string;
  number: number;
  accountId: string;
  accountName: string;
  buildingId: string;
  buildingName: string;
  requestedBy: { id: string; name: string; email: string | null } | null;
  description: string;
  urgency: ServiceRequestUrgency;
  status: ServiceRequestStatus;
  declineReason: string | null;
  scheduledFor: Date | null;
  photoCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ServiceRequestHistoryEntry {
  id: string;
  fromStatus: ServiceRequestStatus | null;
  toStatus: ServiceRequestStatus;
  note: string | null;
  scheduledFor: Date | null;
  actor: { type: ServiceRequestActor; name: string };
  createdAt: Date;
}

export interface ServiceRequestPhoto {
  id: string;
  filename: string;
  contentType: string;
  byteSize: number;
  createdAt: Date;
}

export interface ServiceRequestDetail extends ServiceRequestSummary {
  history: ServiceRequestHistoryEntry[];
  photos: ServiceRequestPhoto[];
}

/** Who reads the history: the portal names the organization, not its staff or its systems. */
export type HistoryAudience = 'office' | 'portal';

const requesterName = sql<
  string | null
>`nullif(trim(${contacts.firstName} || ' ' || ${contacts.lastName}), '')`;

/** The columns of a summary; join `summaryFrom` to use them. */
export const summaryColumns = {
  id: serviceRequests.id,
  number: serviceRequests.number,
  accountId: serviceRequests.accountId,
  accountName: accounts.name,
  buildingId: serviceRequests.buildingId,
  buildingName: buildings.name,
  requesterId: contacts.id,
  requesterName,
  requesterEmail: contacts.email,
  description: serviceRequests.description,
  urgency: serviceRequests.urgency,
  status: serviceRequests.status,
  declineReason: serviceRequests.declineReason,
  scheduledFor: serviceRequests.scheduledFor,
  photoCount: sql<number>`(select count(*)::int from ${serviceRequestPhotos} p where p.request_id = ${serviceRequests.id})`,
  createdAt: serviceRequests.createdAt,
  updatedAt: serviceRequests.updatedAt,
};

/** A row of `summaryColumns`. */
interface SummaryRow {
  id: string;
  number: number;
  accountId: string;
  accountName: string;
  buildingId: string;
  buildingName: string;
  requesterId: string | null;
  requesterName: string | null;
  requesterEmail: string | null;
  description: string;
  urgency: ServiceRequestUrgency;
  status: ServiceRequestStatus;
  declineReason: string | null;
  scheduledFor: Date | null;
  photoCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export function toSummary(row: SummaryRow): ServiceRequestSummary {
  return {
    id: row.id,
    number: row.number,
    accountId: row.accountId,
    accountName: row.accountName,
    buildingId: row.buildingId,
    buildingName: row.buildingName,
    requestedBy: row.requesterId
      ? { id: row.requesterId, name: row.requesterName ?? '', email: row.requesterEmail ?? null }
      : null,
    description: row.description,
    urgency: row.urgency,
    status: row.status,
    declineReason: row.declineReason,
    scheduledFor: row.scheduledFor,
    photoCount: row.photoCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Requests of the organization matching `where`, with their building, account and requester. */
export function selectSummaries<E extends Record<string, SQL>>(
  db: DbOrTx,
  orgId: string,
  where: SQL | undefined,
  extra: E = {} as E,
) {
  return db
    .select({ ...summaryColumns, ...extra })
    .from(serviceRequests)
    .innerJoin(buildings, eq(buildings.id, serviceRequests.buildingId))
    .innerJoin(accounts, eq(accounts.id, serviceRequests.accountId))
    .leftJoin(contacts, eq(contacts.id, serviceRequests.requestedBy))
    .where(and(eq(serviceRequests.orgId, orgId), where));
}

/** One request's summary, or null when it is not in the organization or fails `where`. */
export async function findSummary(
  db: DbOrTx,
  orgId: string,
  requestId: string,
  where?: SQL,
): Promise<ServiceRequestSummary | null> {
  const [row] = await selectSummaries(db, orgId, and(eq(serviceRequests.id, requestId), where)).limit(1);
  return row ? toSummary(row) : null;
}

export async function loadHistory(
  db: DbOrTx,
  orgId: string,
  requestId: string,
  audience: HistoryAudience,
): Promise<ServiceRequestHistoryEntry[]> {
  const officeName =
    audience === 'office'
      ? sql<string>`coalesce(${officeUsers.name}, 'Office')`
      : sql<string>`${organizations.name}`;
  const integrationName =
    audience === 'office'
      ? sql<string>`'Integration: ' || coalesce(${apiKeys.name}, 'revoked key')`
      : sql<string>`${organizations.name}`;
  const rows = await db
    .select({
      id: serviceRequestEvents.id,
      fromStatus: serviceRequestEvents.fromStatus,
      toStatus: serviceRequestEvents.toStatus,
      note: serviceRequestEvents.note,
      scheduledFor: serviceRequestEvents.scheduledFor,
      actorType: serviceRequestEvents.actorType,
      actorName: sql<string>`case ${serviceRequestEvents.actorType}
        when 'contact' then coalesce(${requesterName}, 'Customer')
        when 'office_user' then ${officeName}
        else ${integrationName} end`,
      createdAt: serviceRequestEvents.createdAt,
    })
    .from(serviceRequestEvents)
    .innerJoin(organizations, eq(organizations.id, serviceRequestEvents.orgId))
    .leftJoin(contacts, eq(contacts.id, serviceRequestEvents.contactId))
    .leftJoin(officeUsers, eq(officeUsers.id, serviceRequestEvents.officeUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, serviceRequestEvents.apiKeyId))
    .where(and(eq(serviceRequestEvents.orgId, orgId), eq(serviceRequestEvents.requestId, requestId)))
    .orderBy(asc(serviceRequestEvents.createdAt), asc(serviceRequestEvents.id));
  return rows.map(({ actorType, actorName, ...r }) => ({
    ...r,
    actor: { type: actorType, name: actorName },
  }));
}

export async function loadPhotos(
  db: DbOrTx,
  orgId: string,
  requestId: string,
): Promise<ServiceRequestPhoto[]> {
  return db
    .select({
      id: serviceRequestPhotos.id,
      filename: files.filename,
      contentType: files.contentType,
      byteSize: files.byteSize,
      createdAt: serviceRequestPhotos.createdAt,
    })
    .from(serviceRequestPhotos)
    .innerJoin(files, eq(files.id, serviceRequestPhotos.fileId))
    .where(and(eq(serviceRequestPhotos.orgId, orgId), eq(serviceRequestPhotos.requestId, requestId)))
    .orderBy(asc(serviceRequestPhotos.createdAt), asc(serviceRequestPhotos.id));
}

export async function withDetail(
  db: DbOrTx,
  orgId: string,
  summary: ServiceRequestSummary,
  audience: HistoryAudience,
): Promise<ServiceRequestDetail> {
  const [history, photos] = await runQueries<[ServiceRequestHistoryEntry[], ServiceRequestPhoto[]]>(db, [
    () => loadHistory(db, orgId, summary.id, audience),
    () => loadPhotos(db, orgId, summary.id),
  ]);
  return { ...summary, history, photos };
}

/** The file of a photo of the request (both checked against the organization), or null. */
export async function photoFileId(db: DbOrTx, orgId: string, requestId: string, photoId: string) {
  const [row] = await db
    .select({ fileId: serviceRequestPhotos.fileId })
    .from(serviceRequestPhotos)
    .where(
      and(
        eq(serviceRequestPhotos.orgId, orgId),
        eq(serviceRequestPhotos.requestId, requestId),
        eq(serviceRequestPhotos.id, photoId),
      ),
    )
    .limit(1);
  return row?.fileId ?? null;
}
