import { schema } from '@portico/db';
import { type Static, Type } from 'typebox';
import { Money, money, OptionalRef, OptionalText, Text } from '../item-schema';
import { optionalRef } from '../references';
import type { IngestKind } from '../types';

const fields = {
  name: Text(),
  active: Type.Optional(Type.Boolean({ description: 'true when left out.' })),
  division: OptionalText(),
  accountClass: OptionalText(),
  billGroup: OptionalText(),
  accountSource: OptionalText(),
  balanceDue: Type.Optional(Money),
  autopay: Type.Optional(Type.Boolean()),
  activeServicesCount: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  clientGroupExternalId: OptionalRef('A client group that already exists with this external id.'),
};
type AccountItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

export const accountIngest: IngestKind<AccountItem> = {
  name: 'accounts',
  label: 'Account',
  scope: 'accounts:write',
  fields,
  table: schema.accounts,
  references: (item) =>
    item.clientGroupExternalId
      ? [{ kind: 'clientGroups', externalId: item.clientGroupExternalId, field: 'clientGroupExternalId' }]
      : [],
  toRow: (item, refs) => ({
    clientGroupId:
      optionalRef(refs, 'clientGroups', item.clientGroupExternalId, 'clientGroupExternalId')?.id ?? null,
    name: item.name,
    active: item.active ?? true,
    division: item.division ?? null,
    accountClass: item.accountClass ?? null,
    billGroup: item.billGroup ?? null,
    accountSource: item.accountSource ?? null,
    balanceDue: money(item.balanceDue) ?? '0',
    autopay: item.autopay ?? false,
    activeServicesCount: item.activeServicesCount ?? 0,
  }),
};
