import { type Db, type DbOrTx, schema } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import { NotFoundError, RuleViolationError } from '../errors';
import { getFile, putFile } from '../ingest/file-store';
import { buildingVisible, type PortalScope } from '../portal-content/visibility';
import { checkPhoto, PHOTOS_PER_REQUEST, photoFilename } from './photo-types';
import { photoFileId, type ServiceRequestPhoto } from './records';
import { finalStatuses } from './transitions';

const { serviceRequestPhotos, serviceRequests } = schema;

export interface PhotoUpload {
  data: Buffer;
  /** The Content-Type the client sent: must agree with the bytes. */
  contentType: string | undefined;
  filename?: string | undefined;
}

/**
 * Adds a photo to a request: only the contact who raised it, only while it is open, at most
 * PHOTOS_PER_REQUEST. The type is read from the bytes (photo-types.ts); a request the contact
 * cannot see is "not found", one it sees but did not raise is a 403.
 */
export async function addServiceRequestPhoto(
  db: Db,
  scope: PortalScope,
  requestId: string,
  upload: PhotoUpload,
): Promise<ServiceRequestPhoto> {
  const orgId = scope.contact.orgId;
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select({ requestedBy: serviceRequests.requestedBy, status: serviceRequests.status })
      .from(serviceRequests)
      .where(
        and(
          eq(serviceRequests.orgId, orgId),
          eq(serviceRequests.id, requestId),
          buildingVisible(scope, serviceRequests.buildingId),
        ),
      )
      .for('update')
      .limit(1);
    if (!request) throw new NotFoundError('Service request');
    if (request.requestedBy !== scope.contact.id) {
      throw new RuleViolationError('Only the person who raised the request can add photos to it.');
    }
    if (finalStatuses.includes(request.status)) {
      throw new RuleViolationError('The request is closed: photos can no longer be added.');
    }
    const type = checkPhoto(upload.data, upload.contentType);
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(serviceRequestPhotos)
      .where(eq(serviceRequestPhotos.requestId, requestId));
    const n = count?.n ?? 0;
    if (n >= PHOTOS_PER_REQUEST) {
      throw new RuleViolationError(`A request may have at most ${PHOTOS_PER_REQUEST} photos.`);
    }
    const file = await putFile(tx, orgId, {
      filename: photoFilename(upload.filename, type, n + 1),
      contentType: type,
      data: upload.data,
    });
    const [photo] = await tx
      .insert(serviceRequestPhotos)
      .values({ orgId, requestId, fileId: file.id, uploadedBy: scope.contact.id })
      .returning({ id: serviceRequestPhotos.id, createdAt: serviceRequestPhotos.createdAt });
    if (!photo) throw new Error('insert returned no row');
    await tx.update(serviceRequests).set({ updatedAt: sql`now()` }).where(eq(serviceRequests.id, requestId));
    return { ...photo, filename: file.filename, contentType: file.contentType, byteSize: file.byteSize };
  });
}

async function photoOf(db: DbOrTx, orgId: string, requestId: string, photoId: string) {
  const fileId = await photoFileId(db, orgId, requestId, photoId);
  if (!fileId) throw new NotFoundError('Photo');
  return getFile(db, orgId, fileId);
}

/** A photo's bytes for the portal: the request must be one the scope may see. */
export async function getPortalServiceRequestPhoto(
  db: DbOrTx,
  scope: PortalScope,
  requestId: string,
  photoId: string,
) {
  const orgId = scope.contact.orgId;
  const [visible] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.orgId, orgId),
        eq(serviceRequests.id, requestId),
        buildingVisible(scope, serviceRequests.buildingId),
      ),
    )
    .limit(1);
  if (!visible) throw new NotFoundError('Service request');
  return photoOf(db, orgId, requestId, photoId);
}

/** A photo's bytes for the office (any request of the organization). */
export function getOfficeServiceRequestPhoto(db: DbOrTx, orgId: string, requestId: string, photoId: string) {
  return photoOf(db, orgId, requestId, photoId);
}
