import { schema } from '@portico/db';
import { type Static, Type } from 'typebox';
import {
  Currency,
  Money,
  money,
  OptionalDate,
  OptionalRef,
  OptionalText,
  Ref,
  StringEnum,
  Text,
} from '../item-schema';
import { optionalRef, requireRef, requireSameBuilding } from '../references';
import type { IngestKind } from '../types';

const { quotes } = schema;

const fields = {
  buildingExternalId: Ref('The building the quote is for.'),
  defectExternalId: OptionalRef('The defect it would fix, at the same building.'),
  kind: StringEnum(quotes.kind.enumValues),
  number: OptionalText(100),
  title: Text(300),
  amount: Money,
  currency: Currency,
  status: Type.Optional(StringEnum(quotes.status.enumValues, { description: 'pending when left out.' })),
  issuedOn: OptionalDate,
  published: Type.Optional(Type.Boolean({ description: 'false when left out.' })),
};
type QuoteItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

export const quoteIngest: IngestKind<QuoteItem> = {
  name: 'quotes',
  label: 'Quote',
  scope: 'quotes:write',
  fields,
  table: quotes,
  references: (item) => [
    { kind: 'buildings', externalId: item.buildingExternalId, field: 'buildingExternalId' },
    ...(item.defectExternalId
      ? [{ kind: 'defects' as const, externalId: item.defectExternalId, field: 'defectExternalId' }]
      : []),
  ],
  toRow(item, refs) {
    const buildingId = requireRef(refs, 'buildings', item.buildingExternalId, 'buildingExternalId').id;
    const defect = optionalRef(refs, 'defects', item.defectExternalId, 'defectExternalId');
    requireSameBuilding(defect, buildingId, 'defectExternalId');
    return {
      buildingId,
      defectId: defect?.id ?? null,
      kind: item.kind,
      number: item.number ?? null,
      title: item.title,
      amount: money(item.amount),
      currency: item.currency ?? 'USD',
      status: item.status ?? 'pending',
      issuedOn: item.issuedOn ?? null,
      published: item.published ?? false,
    };
  },
};
