import { audienceBlocks } from '@portico/core';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { AccessAreas, PortalStatus } from '../contacts/schemas';

const uuid = () => Type.String({ format: 'uuid' });
const Named = Type.Object({ id: uuid(), name: Type.String() });

const AudienceEntry = Type.Object(
  {
    contact: Type.Object({
      id: uuid(),
      name: Type.String(),
      email: Nullable(Type.String()),
      portalStatus: PortalStatus,
      suspended: Type.Boolean(),
      access: AccessAreas,
    }),
    grants: Type.Array(
      Type.Object({
        rule: StringEnum(['account_link', 'building_link', 'client_group'] as const),
        via: Named,
      }),
      {
        description:
          'The links that open it to this contact: its account, its building, or the client group.',
      },
    ),
    areaAllowed: Type.Boolean({
      description:
        "Documents: the contact's access includes the document's area. Always true for a building.",
    }),
    canSeeNow: Type.Boolean({ description: 'The portal shows it to this contact right now.' }),
    blockedBy: Type.Array(StringEnum(audienceBlocks), {
      description:
        'Why a contact with a link cannot see it: not_enrolled, suspended, area (its access excludes the kind), ' +
        'unpublished, inactive_account, outside_client_group (a client-group user only sees its group).',
    }),
  },
  { title: 'AudienceEntry' },
);

export const AudienceDto = Type.Object(
  {
    items: Type.Array(AudienceEntry),
    total: Type.Integer(),
    canSeeNow: Type.Integer({ description: 'How many of the items can see it right now.' }),
  },
  { title: 'Audience' },
);

export const AccessChangeBody = Type.Object(
  {
    accountIds: Type.Optional(
      Type.Array(uuid(), { maxItems: 100, description: "Replaces the contact's account links." }),
    ),
    buildingIds: Type.Optional(
      Type.Array(uuid(), { maxItems: 500, description: "Replaces the contact's building links." }),
    ),
    clientGroupId: Type.Optional(Nullable(uuid())),
    access: Type.Optional(Type.Partial(AccessAreas, { additionalProperties: false })),
  },
  { additionalProperties: false, description: 'A proposed change; omitted parts stay as they are.' },
);

const BuildingRef = Type.Object({ id: uuid(), name: Type.String(), accountName: Type.String() });
const Counts = Type.Object({
  inspectionReport: Type.Integer(),
  serviceReport: Type.Integer(),
  proposal: Type.Integer(),
  invoice: Type.Integer(),
});

export const AccessPreviewDto = Type.Object(
  {
    buildings: Type.Object({ gained: Type.Array(BuildingRef), lost: Type.Array(BuildingRef) }),
    accounts: Type.Object({ gained: Type.Array(Named), lost: Type.Array(Named) }),
    documents: Type.Object(
      { gained: Counts, lost: Counts },
      { description: 'Published documents, by kind, that would appear or disappear.' },
    ),
  },
  { title: 'AccessPreview' },
);
