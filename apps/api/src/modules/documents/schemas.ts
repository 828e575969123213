import type { OfficeDocument } from '@portico/core';
import { schema } from '@portico/db';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const uuid = () => Type.String({ format: 'uuid' });
const day = () => Nullable(Type.String({ format: 'date', description: 'YYYY-MM-DD' }));

export const DocumentKind = StringEnum(schema.documentKind.enumValues);

export const DocumentDto = Type.Object(
  {
    id: uuid(),
    kind: DocumentKind,
    number: Nullable(Type.String()),
    title: Type.String(),
    status: Nullable(Type.String({ description: "The source system's status, shown as is." })),
    amount: Nullable(Type.Number()),
    amountPaid: Nullable(Type.Number()),
    currency: Type.String(),
    issuedOn: day(),
    dueOn: day(),
    paidOn: day(),
    published: Type.Boolean(),
    publishedAt: Nullable(Type.String({ format: 'date-time' })),
    accountId: uuid(),
    accountName: Type.String(),
    buildingId: Nullable(uuid()),
    buildingName: Nullable(Type.String()),
    externalId: Type.String(),
    hasFile: Type.Boolean(),
    decision: Nullable(
      Type.Object(
        {
          decision: StringEnum(schema.proposalDecision.enumValues),
          name: Nullable(Type.String({ description: 'The name the customer typed when deciding.' })),
          decidedAt: Nullable(Type.String({ format: 'date-time' })),
          note: Nullable(Type.String()),
          contactId: Nullable(uuid()),
          contactName: Nullable(Type.String({ description: 'The portal contact who decided.' })),
        },
        { title: 'ProposalDecision' },
      ),
    ),
  },
  { title: 'Document' },
);

export const ListDocumentsQuery = Type.Object(
  {
    limit: pageQuery.limit,
    cursor: pageQuery.cursor,
    kind: Type.Optional(DocumentKind),
    accountId: Type.Optional(uuid()),
    buildingId: Type.Optional(uuid()),
    published: Type.Optional(Type.Boolean()),
    decision: Type.Optional(
      StringEnum(['accepted', 'declined', 'undecided'] as const, {
        description: 'A proposal decision; `undecided` lists proposals still awaiting one.',
      }),
    ),
    q: Type.Optional(
      Type.String({ maxLength: 200, description: 'Title or number contains (case-insensitive).' }),
    ),
  },
  { additionalProperties: false },
);

export const toDocumentDto = (d: OfficeDocument) => ({
  ...d,
  publishedAt: d.publishedAt?.toISOString() ?? null,
  decision: d.decision && { ...d.decision, decidedAt: d.decision.decidedAt?.toISOString() ?? null },
});
