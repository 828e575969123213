import { schema } from '@portico/db';
import { type Static, Type } from 'typebox';
import { IsoDate, OptionalDate, OptionalRef, Ref, StringEnum, Text } from '../item-schema';
import { optionalRef, requireRef, requireSameBuilding } from '../references';
import type { IngestKind } from '../types';

const { defects } = schema;

const fields = {
  buildingExternalId: Ref('The building the defect was raised at.'),
  assetExternalId: OptionalRef('The asset, at the same building.'),
  documentExternalId: OptionalRef('The report the defect was raised on.'),
  assetType: Text(100),
  description: Text(4000),
  severity: StringEnum(defects.severity.enumValues),
  status: Type.Optional(StringEnum(defects.status.enumValues, { description: 'open when left out.' })),
  raisedOn: IsoDate,
  resolvedOn: OptionalDate,
  published: Type.Optional(Type.Boolean({ description: 'false when left out.' })),
};
type DefectItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

export const defectIngest: IngestKind<DefectItem> = {
  name: 'defects',
  label: 'Defect',
  scope: 'defects:write',
  fields,
  table: defects,
  references: (item) => [
    { kind: 'buildings', externalId: item.buildingExternalId, field: 'buildingExternalId' },
    ...(item.assetExternalId
      ? [{ kind: 'assets' as const, externalId: item.assetExternalId, field: 'assetExternalId' }]
      : []),
    ...(item.documentExternalId
      ? [{ kind: 'documents' as const, externalId: item.documentExternalId, field: 'documentExternalId' }]
      : []),
  ],
  toRow(item, refs) {
    const buildingId = requireRef(refs, 'buildings', item.buildingExternalId, 'buildingExternalId').id;
    const asset = optionalRef(refs, 'assets', item.assetExternalId, 'assetExternalId');
    requireSameBuilding(asset, buildingId, 'assetExternalId');
    return {
      buildingId,
      assetId: asset?.id ?? null,
      documentId: optionalRef(refs, 'documents', item.documentExternalId, 'documentExternalId')?.id ?? null,
      assetType: item.assetType,
      description: item.description,
      severity: item.severity,
      status: item.status ?? 'open',
      raisedOn: item.raisedOn,
      resolvedOn: item.resolvedOn ?? null,
      published: item.published ?? false,
    };
  },
};
