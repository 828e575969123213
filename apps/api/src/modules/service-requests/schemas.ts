import {
  DESCRIPTION_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  type ServiceRequestDetail,
  type ServiceRequestPhoto,
  type ServiceRequestSummary,
} from '@portico/core';
import { schema } from '@portico/db';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const uuid = () => Type.String({ format: 'uuid' });
const dateTime = () => Type.String({ format: 'date-time' });

export const ServiceRequestStatusSchema = StringEnum(schema.serviceRequestStatus.enumValues, {
  description:
    'received -> scheduled / in_progress / done / declined; scheduled -> in_progress / done / declined (or scheduled again, a new date); in_progress -> scheduled / done / declined; done and declined only reopen to received, with a note.',
});
export const ServiceRequestUrgencySchema = StringEnum(schema.serviceRequestUrgency.enumValues);

export const ServiceRequestDto = Type.Object(
  {
    id: uuid(),
    number: Type.Integer({ description: 'Per organization, from 1.' }),
    accountId: uuid(),
    accountName: Type.String(),
    buildingId: uuid(),
    buildingName: Type.String(),
    requestedBy: Nullable(
      Type.Object(
        { id: uuid(), name: Type.String(), email: Nullable(Type.String()) },
        { title: 'ServiceRequester' },
      ),
    ),
    description: Type.String(),
    urgency: ServiceRequestUrgencySchema,
    status: ServiceRequestStatusSchema,
    declineReason: Nullable(Type.String()),
    scheduledFor: Nullable(dateTime()),
    photoCount: Type.Integer(),
    createdAt: dateTime(),
    updatedAt: dateTime(),
  },
  { title: 'ServiceRequest' },
);

export const ServiceRequestPhotoDto = Type.Object(
  {
    id: uuid(),
    filename: Type.String(),
    contentType: Type.String(),
    byteSize: Type.Integer(),
    createdAt: dateTime(),
  },
  { title: 'ServiceRequestPhoto' },
);

export const ServiceRequestHistoryEntryDto = Type.Object(
  {
    id: uuid(),
    fromStatus: Nullable(ServiceRequestStatusSchema),
    toStatus: ServiceRequestStatusSchema,
    note: Nullable(Type.String()),
    scheduledFor: Nullable(dateTime()),
    actor: Type.Object({
      type: StringEnum(schema.serviceRequestActor.enumValues),
      name: Type.String({ description: 'In the portal, the organization stands for its staff and systems.' }),
    }),
    createdAt: dateTime(),
  },
  { title: 'ServiceRequestHistoryEntry' },
);

export const ServiceRequestDetailDto = Type.Object(
  {
    ...ServiceRequestDto.properties,
    history: Type.Array(ServiceRequestHistoryEntryDto),
    photos: Type.Array(ServiceRequestPhotoDto),
  },
  { title: 'ServiceRequestDetail' },
);

const limit = Type.Integer({ minimum: 1, maximum: 200, default: 50, description: 'Page size (1-200).' });
const cursor = Type.Optional(
  Type.String({ maxLength: 500, description: 'The `nextCursor` of the previous page.' }),
);

export const ListServiceRequestsQuery = Type.Object(
  {
    limit,
    cursor,
    updatedSince: Type.Optional(
      Type.String({
        format: 'date-time',
        description:
          'The change feed: requests changed at or after this time, oldest change first, paged by (updatedAt, id). The last few seconds are held back until their transactions have surely committed. An API key always reads the feed (without it: from the beginning).',
      }),
    ),
    status: Type.Optional(ServiceRequestStatusSchema),
    urgency: Type.Optional(ServiceRequestUrgencySchema),
    accountId: Type.Optional(uuid()),
    buildingId: Type.Optional(uuid()),
  },
  { additionalProperties: false },
);

export const ListPortalServiceRequestsQuery = Type.Object(
  { limit, cursor, status: Type.Optional(ServiceRequestStatusSchema), buildingId: Type.Optional(uuid()) },
  { additionalProperties: false },
);

export const UpdateServiceRequestBody = Type.Object(
  {
    status: ServiceRequestStatusSchema,
    note: Type.Optional(
      Nullable(
        Type.String({
          maxLength: NOTE_MAX_LENGTH,
          description: 'Shown to the customer. Required to decline (the reason) and to reopen.',
        }),
      ),
    ),
    scheduledFor: Type.Optional(Nullable(dateTime())),
  },
  { additionalProperties: false, title: 'UpdateServiceRequest' },
);

export const CreateServiceRequestBody = Type.Object(
  {
    buildingId: uuid(),
    description: Type.String({ minLength: 1, maxLength: DESCRIPTION_MAX_LENGTH }),
    urgency: Type.Optional(ServiceRequestUrgencySchema),
  },
  { additionalProperties: false, title: 'CreateServiceRequest' },
);

export const PhotoParams = Type.Object({ id: uuid(), photoId: uuid() });

export const PhotoQuery = Type.Object(
  {
    filename: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'The name on the phone.' }),
    ),
  },
  { additionalProperties: false },
);

export const PhotoBody = Type.Unsafe<Buffer>({ type: 'string', format: 'binary' });

/** The OpenAPI shape of an image answer, so the generated client knows it is binary. */
export const ImageResponse = {
  description: 'The photo.',
  content: {
    'image/*': { schema: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }) },
  },
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toServiceRequestDto(r: ServiceRequestSummary) {
  return {
    ...r,
    scheduledFor: iso(r.scheduledFor),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export function toPhotoDto(p: ServiceRequestPhoto) {
  return { ...p, createdAt: p.createdAt.toISOString() };
}

export function toServiceRequestDetailDto(r: ServiceRequestDetail) {
  return {
    ...toServiceRequestDto(r),
    history: r.history.map((h) => ({
      ...h,
      scheduledFor: iso(h.scheduledFor),
      createdAt: h.createdAt.toISOString(),
    })),
    photos: r.photos.map(toPhotoDto),
  };
}
