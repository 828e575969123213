import { schema } from '@portico/db';
import { type Static, Type } from 'typebox';
import { IsoDate, OptionalDate, OptionalRef, Ref, StringEnum, Text } from '../item-schema';
import { optionalRef, requireRef, requireSameBuilding } from '../references';
import type { IngestKind } from '../types';

const { tasks } = schema;

const fields = {
  buildingExternalId: Ref('The building the work is at.'),
  assetExternalId: OptionalRef('The asset, at the same building.'),
  kind: StringEnum(tasks.kind.enumValues, { description: 'routine (scheduled) or reactive (service call).' }),
  title: Text(300),
  stage: Type.Optional(StringEnum(tasks.stage.enumValues, { description: 'ready when left out.' })),
  createdOn: IsoDate,
  dueOn: OptionalDate,
  performedOn: OptionalDate,
  toleranceDays: Type.Optional(
    Type.Integer({ minimum: 0, maximum: 365, description: 'Days after due still on time; 7 when left out.' }),
  ),
};
type TaskItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

export const taskIngest: IngestKind<TaskItem> = {
  name: 'tasks',
  label: 'Task',
  scope: 'tasks:write',
  fields,
  table: tasks,
  references: (item) => [
    { kind: 'buildings', externalId: item.buildingExternalId, field: 'buildingExternalId' },
    ...(item.assetExternalId
      ? [{ kind: 'assets' as const, externalId: item.assetExternalId, field: 'assetExternalId' }]
      : []),
  ],
  toRow(item, refs) {
    const buildingId = requireRef(refs, 'buildings', item.buildingExternalId, 'buildingExternalId').id;
    const asset = optionalRef(refs, 'assets', item.assetExternalId, 'assetExternalId');
    requireSameBuilding(asset, buildingId, 'assetExternalId');
    return {
      buildingId,
      assetId: asset?.id ?? null,
      kind: item.kind,
      title: item.title,
      stage: item.stage ?? 'ready',
      createdOn: item.createdOn,
      dueOn: item.dueOn ?? null,
      performedOn: item.performedOn ?? null,
      toleranceDays: item.toleranceDays ?? 7,
    };
  },
};
