import { schema } from '@portico/db';
import { sql } from 'drizzle-orm';
import { type Static, Type } from 'typebox';
import { scheduleDocumentNotices } from '../../notices';
import {
  Currency,
  money,
  Nullable,
  OptionalDate,
  OptionalMoney,
  OptionalRef,
  OptionalText,
  StringEnum,
  Text,
} from '../item-schema';
import { optionalRef } from '../references';
import { type IngestKind, ItemFailure } from '../types';

const { documents } = schema;

const fields = {
  kind: StringEnum(documents.kind.enumValues),
  buildingExternalId: OptionalRef('The building; the account is taken from it.'),
  accountExternalId: OptionalRef(
    'The account, for account-level documents (or to double-check the building).',
  ),
  number: OptionalText(100),
  title: Text(300),
  status: OptionalText(100),
  amount: OptionalMoney,
  amountPaid: OptionalMoney,
  currency: Currency,
  issuedOn: OptionalDate,
  dueOn: OptionalDate,
  paidOn: OptionalDate,
  paymentUrl: Type.Optional(
    Nullable(
      Type.String({
        maxLength: 2000,
        pattern: '^https://[^/?#\\s@]+([/?#]\\S*)?$',
        description:
          "An invoice's own payment page (https); wins over the organization's payment link template.",
      }),
    ),
  ),
  published: Type.Optional(
    Type.Boolean({ description: 'Customers see published documents only; false when left out.' }),
  ),
};
type DocumentItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

// "Becomes published" = newly inserted as published, or flipped false -> true.
const becomesPublished = sql`(excluded.published and not ${documents.published})`;

export const documentIngest: IngestKind<DocumentItem> = {
  name: 'documents',
  label: 'Document',
  scope: 'documents:write',
  fields,
  table: documents,
  references: (item) => [
    ...(item.buildingExternalId
      ? [{ kind: 'buildings' as const, externalId: item.buildingExternalId, field: 'buildingExternalId' }]
      : []),
    ...(item.accountExternalId
      ? [{ kind: 'accounts' as const, externalId: item.accountExternalId, field: 'accountExternalId' }]
      : []),
  ],
  toRow(item, refs) {
    const building = optionalRef(refs, 'buildings', item.buildingExternalId, 'buildingExternalId');
    const account = optionalRef(refs, 'accounts', item.accountExternalId, 'accountExternalId');
    if (!building && !account) {
      throw new ItemFailure({
        code: 'validation',
        detail: 'A document needs a buildingExternalId or an accountExternalId.',
        field: 'buildingExternalId',
      });
    }
    if (building && account && building.accountId !== account.id) {
      throw new ItemFailure({
        code: 'rule_violation',
        detail: 'The building belongs to another account.',
        field: 'accountExternalId',
      });
    }
    return {
      accountId: building?.accountId ?? account?.id,
      buildingId: building?.id ?? null,
      kind: item.kind,
      number: item.number ?? null,
      title: item.title,
      status: item.status ?? null,
      amount: money(item.amount),
      amountPaid: money(item.amountPaid),
      currency: item.currency ?? 'USD',
      issuedOn: item.issuedOn ?? null,
      dueOn: item.dueOn ?? null,
      paidOn: item.paidOn ?? null,
      paymentUrl: item.paymentUrl ?? null,
      published: item.published ?? false,
    };
  },
  insertOnly: (row) => ({ publishedAt: row.published ? sql`now()` : null }),
  // A new publication gets a fresh time and no notification yet, so the notices go out for it.
  onChange: {
    publishedAt: sql`case when ${becomesPublished} then now() else ${documents.publishedAt} end`,
    notifiedAt: sql`case when ${becomesPublished} then null else ${documents.notifiedAt} end`,
  },
  returning: { newlyPublished: sql<boolean>`(${documents.published} and ${documents.publishedAt} = now())` },
  async afterWrite(tx, orgId, written) {
    if (written.some((w) => w.extra?.newlyPublished === true)) await scheduleDocumentNotices(tx, orgId);
    return new Set();
  },
};
