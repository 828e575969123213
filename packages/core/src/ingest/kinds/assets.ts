import { schema } from '@portico/db';
import type { Static, Type } from 'typebox';
import { OptionalText, Ref, Text } from '../item-schema';
import { requireRef } from '../references';
import type { IngestKind } from '../types';

const fields = {
  buildingExternalId: Ref('The building the asset is at.'),
  name: Text(),
  assetType: Text(100),
  location: OptionalText(),
  status: OptionalText(100),
};
type AssetItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

export const assetIngest: IngestKind<AssetItem> = {
  name: 'assets',
  label: 'Asset',
  scope: 'assets:write',
  fields,
  table: schema.assets,
  references: (item) => [
    { kind: 'buildings', externalId: item.buildingExternalId, field: 'buildingExternalId' },
  ],
  toRow: (item, refs) => ({
    buildingId: requireRef(refs, 'buildings', item.buildingExternalId, 'buildingExternalId').id,
    name: item.name,
    assetType: item.assetType,
    location: item.location ?? null,
    status: item.status ?? null,
  }),
};
