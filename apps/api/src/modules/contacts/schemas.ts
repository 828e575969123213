import { type ContactView, portalStatuses } from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const uuid = () => Type.String({ format: 'uuid' });
const optionalText = (max = 200) => Type.Optional(Nullable(Type.String({ maxLength: max })));

export const PortalStatus = StringEnum(portalStatuses, {
  description: 'not_invited -> invited -> enrolled; invited -> expired; any -> suspended and back.',
});

export const AccessAreas = Type.Object(
  {
    inspectionReports: Type.Boolean(),
    serviceReports: Type.Boolean(),
    proposals: Type.Boolean(),
    invoices: Type.Boolean(),
  },
  { title: 'AccessAreas' },
);

const AccessAreasPatch = Type.Partial(AccessAreas, { additionalProperties: false });

/** The body of the dedicated access route: at least one area. */
export const AccessAreasBody = Type.Partial(AccessAreas, { additionalProperties: false, minProperties: 1 });

export const ContactDto = Type.Object(
  {
    id: uuid(),
    firstName: Type.String(),
    lastName: Type.String(),
    email: Nullable(Type.String()),
    phone: Nullable(Type.String()),
    jobTitle: Nullable(Type.String()),
    externalId: Nullable(Type.String()),
    clientGroupId: Nullable(uuid()),
    portalStatus: PortalStatus,
    suspendedNote: Nullable(Type.String()),
    access: AccessAreas,
    accounts: Type.Array(
      Type.Object({ accountId: uuid(), accountName: Type.String(), isBillingContact: Type.Boolean() }),
    ),
    buildings: Type.Array(
      Type.Object({ buildingId: uuid(), buildingName: Type.String(), accountId: uuid() }),
    ),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Contact' },
);

// An empty string is accepted and means "no email"; anything else must be an address.
const Email = Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Literal(''), Type.Null()]);

const detailFields = {
  lastName: Type.Optional(Type.String({ maxLength: 100 })),
  email: Type.Optional(Email),
  phone: optionalText(50),
  jobTitle: optionalText(100),
  externalId: optionalText(),
  clientGroupId: Type.Optional(Nullable(uuid())),
  access: Type.Optional(AccessAreasPatch),
};

export const CreateContactBody = Type.Object(
  {
    firstName: Type.String({ minLength: 1, maxLength: 100 }),
    invite: Type.Optional(
      Type.Boolean({
        description: 'Invite to the customer portal at once (needs invitations.send and an email).',
      }),
    ),
    ...detailFields,
    accounts: Type.Optional(
      Type.Array(
        Type.Object(
          { accountId: uuid(), isBillingContact: Type.Optional(Type.Boolean({ default: false })) },
          { additionalProperties: false },
        ),
        { maxItems: 100 },
      ),
    ),
    buildingIds: Type.Optional(Type.Array(uuid(), { maxItems: 500 })),
  },
  { additionalProperties: false },
);

export const UpdateContactBody = Type.Object(
  { firstName: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), ...detailFields },
  { additionalProperties: false, minProperties: 1 },
);

/** The contact list's filters; bulk invites accept the same to "select all matching". */
export const ContactFilterFields = {
  portalStatus: Type.Optional(
    Type.Array(PortalStatus, { description: 'Any of these statuses; repeat the parameter.' }),
  ),
  accountId: Type.Optional(
    Type.String({ format: 'uuid', description: 'Linked to the account or one of its buildings.' }),
  ),
  buildingId: Type.Optional(
    Type.String({ format: 'uuid', description: 'Linked to the building or its account.' }),
  ),
  hasEmail: Type.Optional(Type.Boolean()),
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Name or email contains (case-insensitive).' }),
  ),
};

export const ListContactsQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(StringEnum(['name', 'email', 'createdAt'] as const, { default: 'name' })),
    ...ContactFilterFields,
  },
  { additionalProperties: false },
);

export const AccountLinkParams = Type.Object({ id: uuid(), accountId: uuid() });
export const BuildingLinkParams = Type.Object({ id: uuid(), buildingId: uuid() });
export const AccountLinkBody = Type.Object(
  { isBillingContact: Type.Boolean({ default: false }) },
  { additionalProperties: false },
);

export const toContactDto = (c: ContactView) => ({
  ...c,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});
