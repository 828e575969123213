import { schema } from '@portico/db';
import { type Static, Type } from 'typebox';
import { Nullable, OptionalText, Ref, Text } from '../item-schema';
import { requireRef } from '../references';
import type { IngestKind } from '../types';

const fields = {
  accountExternalId: Ref('The account (customer) the building belongs to.'),
  name: Text(),
  addressLine1: OptionalText(),
  addressLine2: OptionalText(),
  city: OptionalText(100),
  region: OptionalText(100),
  postalCode: OptionalText(20),
  country: OptionalText(100),
  latitude: Type.Optional(Nullable(Type.Number({ minimum: -90, maximum: 90 }))),
  longitude: Type.Optional(Nullable(Type.Number({ minimum: -180, maximum: 180 }))),
  siteSource: OptionalText(),
};
type BuildingItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

export const buildingIngest: IngestKind<BuildingItem> = {
  name: 'buildings',
  label: 'Building',
  scope: 'buildings:write',
  fields,
  table: schema.buildings,
  references: (item) => [
    { kind: 'accounts', externalId: item.accountExternalId, field: 'accountExternalId' },
  ],
  toRow: (item, refs) => ({
    accountId: requireRef(refs, 'accounts', item.accountExternalId, 'accountExternalId').id,
    name: item.name,
    addressLine1: item.addressLine1 ?? null,
    addressLine2: item.addressLine2 ?? null,
    city: item.city ?? null,
    region: item.region ?? null,
    postalCode: item.postalCode ?? null,
    country: item.country ?? null,
    latitude: item.latitude ?? null,
    longitude: item.longitude ?? null,
    siteSource: item.siteSource ?? null,
  }),
};
