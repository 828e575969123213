import type { PortalDocument } from '@portico/core';
import { schema } from '@portico/db';
import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const uuid = () => Type.String({ format: 'uuid' });
const day = (description = 'YYYY-MM-DD') => Type.String({ format: 'date', description });
const month = (description: string) => Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description });
const Money = Type.Number();

export const Severity = StringEnum(schema.defectSeverity.enumValues);
const DocumentKind = StringEnum(schema.documentKind.enumValues);
const Tolerance = StringEnum(['on_time', 'late', 'overdue', 'pending'] as const);

/** Portal lists share `cursor`; the sort is fixed per list, so there is no `order`. */
export const portalPageQuery = (max = 200, fallback = 50) => ({
  limit: Type.Integer({ minimum: 1, maximum: max, default: fallback, description: `Page size (1-${max}).` }),
  cursor: Type.Optional(
    Type.String({ maxLength: 500, description: 'The `nextCursor` of the previous page.' }),
  ),
});
const Q = Type.Optional(
  Type.String({ minLength: 1, maxLength: 100, description: 'Contains (case-insensitive).' }),
);
const Text = () => Type.Optional(Type.String({ minLength: 1, maxLength: 200 }));
const query = <T extends Parameters<typeof Type.Object>[0]>(props: T) =>
  Type.Object(props, { additionalProperties: false });

export const PortalBuilding = Type.Object(
  {
    id: uuid(),
    name: Type.String(),
    accountId: uuid(),
    accountName: Type.String(),
    address: Nullable(Type.String({ description: 'The address on one line.' })),
    latitude: Nullable(Type.Number()),
    longitude: Nullable(Type.Number()),
    counts: Type.Object({
      overdueInvoices: Type.Integer(),
      outstandingQuotes: Type.Integer(),
      openDefects: Type.Integer({
        description: 'Open defects, not counting information or recommendations.',
      }),
    }),
    highestOpenSeverity: Nullable(Severity),
  },
  { title: 'PortalBuilding' },
);

export const PortalBuildingDetail = Type.Object(
  {
    ...PortalBuilding.properties,
    addressLines: Type.Array(Type.String()),
    assetCount: Type.Integer(),
    documentCounts: Type.Object({
      inspectionReport: Type.Integer(),
      serviceReport: Type.Integer(),
      proposal: Type.Integer(),
      invoice: Type.Integer(),
    }),
  },
  { title: 'PortalBuildingDetail' },
);

export const PortalAsset = Type.Object(
  {
    id: uuid(),
    buildingId: uuid(),
    buildingName: Type.String(),
    name: Type.String(),
    assetType: Type.String(),
    location: Nullable(Type.String()),
    status: Nullable(Type.String()),
    openDefects: Type.Integer(),
    highestOpenSeverity: Nullable(Severity),
  },
  { title: 'PortalAsset' },
);

export const PortalTask = Type.Object(
  {
    id: uuid(),
    buildingId: uuid(),
    buildingName: Type.String(),
    assetId: Nullable(uuid()),
    kind: StringEnum(schema.taskKind.enumValues),
    title: Type.String(),
    stage: StringEnum(schema.taskStage.enumValues),
    createdOn: day(),
    dueOn: Nullable(day()),
    performedOn: Nullable(day()),
    tolerance: Nullable(Tolerance),
  },
  { title: 'PortalTask' },
);

export const PortalDocumentDto = Type.Object(
  {
    id: uuid(),
    kind: DocumentKind,
    number: Nullable(Type.String()),
    title: Type.String(),
    status: Nullable(Type.String()),
    amount: Nullable(Money),
    amountPaid: Nullable(Money),
    currency: Type.String(),
    issuedOn: Nullable(day()),
    dueOn: Nullable(day()),
    paidOn: Nullable(day()),
    buildingId: Nullable(uuid()),
    buildingName: Nullable(Type.String()),
    accountId: uuid(),
    accountName: Type.String(),
    hasFile: Type.Boolean(),
    overdue: Type.Boolean({ description: 'An invoice past due and not fully paid.' }),
    payable: Type.Boolean({ description: 'An unpaid invoice with a payment link: offer "Pay now".' }),
    decision: Nullable(
      Type.Object({
        decision: StringEnum(schema.proposalDecision.enumValues),
        name: Type.String(),
        decidedAt: Type.String({ format: 'date-time' }),
        note: Nullable(Type.String()),
      }),
    ),
  },
  { title: 'PortalDocument' },
);

export const toPortalDocumentDto = (d: PortalDocument) => ({
  ...d,
  decision: d.decision && { ...d.decision, decidedAt: d.decision.decidedAt.toISOString() },
});

export const PortalDefect = Type.Object(
  {
    id: uuid(),
    buildingId: uuid(),
    buildingName: Type.String(),
    assetId: Nullable(uuid()),
    assetName: Nullable(Type.String()),
    assetType: Type.String(),
    description: Type.String(),
    severity: Severity,
    status: StringEnum(schema.defectStatus.enumValues),
    raisedOn: day(),
    resolvedOn: Nullable(day()),
  },
  { title: 'PortalDefect' },
);

export const PortalQuote = Type.Object(
  {
    id: uuid(),
    buildingId: uuid(),
    buildingName: Type.String(),
    kind: StringEnum(schema.quoteKind.enumValues),
    number: Nullable(Type.String()),
    title: Type.String(),
    amount: Money,
    currency: Type.String(),
    status: StringEnum(schema.quoteStatus.enumValues),
    issuedOn: Nullable(day()),
  },
  { title: 'PortalQuote' },
);

export const ListPortalBuildingsQuery = query({ ...portalPageQuery(500, 200), q: Q });
export const ListPortalAssetsQuery = query({
  ...portalPageQuery(),
  buildingId: Type.Optional(uuid()),
  assetType: Text(),
  q: Q,
});
export const ListPortalTasksQuery = query({
  ...portalPageQuery(),
  buildingId: Type.Optional(uuid()),
  kind: Type.Optional(StringEnum(schema.taskKind.enumValues)),
  stage: Type.Optional(StringEnum(schema.taskStage.enumValues)),
  tolerance: Type.Optional(Tolerance),
  month: Type.Optional(month('YYYY-MM: routine tasks by due month, reactive by created month.')),
  q: Q,
});
export const ListPortalDocumentsQuery = query({
  ...portalPageQuery(),
  kind: Type.Optional(DocumentKind),
  buildingId: Type.Optional(uuid()),
  status: Text(),
  overdue: Type.Optional(Type.Boolean()),
  decision: Type.Optional(StringEnum(['accepted', 'declined', 'undecided'] as const)),
  q: Q,
  from: Type.Optional(day('Issued on or after (YYYY-MM-DD).')),
  to: Type.Optional(day('Issued on or before (YYYY-MM-DD).')),
});
export const ListPortalDefectsQuery = query({
  ...portalPageQuery(),
  buildingId: Type.Optional(uuid()),
  assetId: Type.Optional(uuid()),
  assetType: Text(),
  severity: Type.Optional(Severity),
  status: Type.Optional(StringEnum(schema.defectStatus.enumValues)),
  month: Type.Optional(month('YYYY-MM of the day the defect was raised.')),
});
export const ListPortalQuotesQuery = query({
  ...portalPageQuery(),
  buildingId: Type.Optional(uuid()),
  kind: Type.Optional(StringEnum(schema.quoteKind.enumValues)),
  status: Type.Optional(StringEnum(schema.quoteStatus.enumValues)),
});

export const DecisionBody = Type.Object(
  {
    decision: StringEnum(schema.proposalDecision.enumValues),
    name: Type.String({ minLength: 1, maxLength: 200, description: 'The name of the person deciding.' }),
    note: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const SearchQuery = query({
  q: Type.String({ minLength: 2, maxLength: 100 }),
  limit: Type.Integer({ minimum: 1, maximum: 20, default: 5, description: 'Results per group (1-20).' }),
});

const group = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ items: Type.Array(item), total: Type.Integer() });

export const PortalSearchResult = Type.Object(
  {
    properties: group(PortalBuilding),
    assets: group(PortalAsset),
    reports: group(PortalDocumentDto),
    quotes: group(PortalQuote),
    tasks: group(PortalTask),
  },
  { title: 'PortalSearchResult' },
);
