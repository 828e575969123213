import type { Building } from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable } from '../../http/schema-helpers';

const uuid = () => Type.String({ format: 'uuid' });
const optionalText = (max = 200) => Type.Optional(Nullable(Type.String({ maxLength: max })));
const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });

export const BuildingDto = Type.Object(
  {
    id: uuid(),
    accountId: uuid(),
    accountName: Type.String(),
    name: Type.String(),
    addressLine1: Nullable(Type.String()),
    addressLine2: Nullable(Type.String()),
    city: Nullable(Type.String()),
    region: Nullable(Type.String()),
    postalCode: Nullable(Type.String()),
    country: Nullable(Type.String()),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    siteSource: Nullable(Type.String()),
    externalId: Nullable(Type.String()),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Building' },
);

const buildingFields = {
  addressLine1: optionalText(),
  addressLine2: optionalText(),
  city: optionalText(100),
  region: optionalText(100),
  postalCode: optionalText(20),
  country: optionalText(100),
  latitude: Type.Optional(Nullable(Latitude)),
  longitude: Type.Optional(Nullable(Longitude)),
  siteSource: optionalText(),
  externalId: optionalText(),
};

const name = () => Type.String({ minLength: 1, maxLength: 200 });

export const CreateBuildingBody = Type.Object(
  { accountId: uuid(), name: name(), ...buildingFields },
  { additionalProperties: false },
);

/** Changing `accountId` moves the building to another account of the same organization. */
export const UpdateBuildingBody = Type.Object(
  { accountId: Type.Optional(uuid()), name: Type.Optional(name()), ...buildingFields },
  { additionalProperties: false, minProperties: 1 },
);

export const ListBuildingsQuery = Type.Object(
  {
    ...pageQuery,
    accountId: Type.Optional(uuid()),
    siteSource: Type.Optional(Type.String({ maxLength: 200 })),
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description: 'Name, first address line or city contains (case-insensitive).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const toBuildingDto = (b: Building) => ({
  ...b,
  createdAt: b.createdAt.toISOString(),
  updatedAt: b.updatedAt.toISOString(),
});
