import type { Account } from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const text = (max = 200) => Type.String({ minLength: 1, maxLength: max });
const optionalText = (max = 200) => Type.Optional(Nullable(Type.String({ maxLength: max })));

export const PortalPanelOverrides = Type.Object(
  {
    activityReport: Type.Optional(Type.Boolean()),
    spendTracking: Type.Optional(Type.Boolean()),
    defectAnalytics: Type.Optional(Type.Boolean()),
    routineActivities: Type.Optional(Type.Boolean()),
    serviceCalls: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    description: 'Overrides of the organization defaults; omitted panels follow them.',
  },
);

export const AccountDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    active: Type.Boolean(),
    clientGroupId: Nullable(Type.String({ format: 'uuid' })),
    division: Nullable(Type.String()),
    accountClass: Nullable(Type.String()),
    billGroup: Nullable(Type.String()),
    accountSource: Nullable(Type.String()),
    balanceDue: Type.String({ description: 'Decimal amount, e.g. "1840.00".' }),
    autopay: Type.Boolean(),
    activeServicesCount: Type.Integer(),
    externalId: Nullable(Type.String()),
    portalPanels: Nullable(PortalPanelOverrides),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'Account' },
);

export const AccountDetailDto = Type.Intersect([
  AccountDto,
  Type.Object({ counts: Type.Object({ buildings: Type.Integer(), contacts: Type.Integer() }) }),
]);

const accountFields = {
  active: Type.Optional(Type.Boolean()),
  clientGroupId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  division: optionalText(),
  accountClass: optionalText(),
  billGroup: optionalText(),
  accountSource: optionalText(),
  balanceDue: Type.Optional(
    Type.String({ pattern: '^-?\\d{1,10}(\\.\\d{1,2})?$', description: 'Decimal, e.g. "120.50".' }),
  ),
  autopay: Type.Optional(Type.Boolean()),
  activeServicesCount: Type.Optional(Type.Integer({ minimum: 0 })),
  externalId: optionalText(),
  portalPanels: Type.Optional(Nullable(PortalPanelOverrides)),
};

export const CreateAccountBody = Type.Object(
  { name: text(), ...accountFields },
  { additionalProperties: false },
);
export const UpdateAccountBody = Type.Object(
  { name: Type.Optional(text()), ...accountFields },
  { additionalProperties: false, minProperties: 1 },
);

export const ListAccountsQuery = Type.Object(
  {
    ...pageQuery,
    sort: Type.Optional(StringEnum(['name', 'createdAt'] as const, { default: 'name' })),
    status: Type.Optional(StringEnum(['active', 'inactive', 'all'] as const, { default: 'active' })),
    division: Type.Optional(Type.String({ maxLength: 200 })),
    accountClass: Type.Optional(Type.String({ maxLength: 200 })),
    billGroup: Type.Optional(Type.String({ maxLength: 200 })),
    accountSource: Type.Optional(Type.String({ maxLength: 200 })),
    clientGroupId: Type.Optional(Type.String({ format: 'uuid' })),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Name contains (case-insensitive).' })),
  },
  { additionalProperties: false },
);

export const toAccountDto = (a: Account) => ({
  ...a,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});
