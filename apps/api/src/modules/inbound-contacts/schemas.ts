import { type InboundContact, MAX_INBOUND_BATCH, MAX_INBOUND_COUNT } from '@portico/core';
import { Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';

export const InboundChannelSchema = StringEnum(['email', 'call'] as const, {
  description: 'How the customer reached the office outside the portal.',
});
const InboundSourceSchema = StringEnum(['manual', 'integration'] as const, {
  description: 'Logged by hand in the console, or posted by an integration.',
});

const day = (description: string) => Type.String({ format: 'date', description });
const count = Type.Integer({
  minimum: 1,
  maximum: MAX_INBOUND_COUNT,
  default: 1,
  description:
    'How many emails or calls the entry stands for: more than 1 logs a tally (e.g. a day of calls).',
});
const occurredAt = Type.String({
  format: 'date-time',
  description: 'When the email arrived or the call came in (a tally: any time on its day).',
});
const subject = Type.String({ maxLength: 500, description: 'What it was about; optional.' });

export const InboundContactDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    channel: InboundChannelSchema,
    occurredAt: Type.String({ format: 'date-time' }),
    count: Type.Integer({ minimum: 1 }),
    accountId: Nullable(Type.String({ format: 'uuid' })),
    accountName: Nullable(Type.String()),
    subject: Nullable(Type.String()),
    source: InboundSourceSchema,
    externalId: Nullable(
      Type.String({ description: "The integration's id; null for entries logged by hand." }),
    ),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'InboundContact' },
);

export const ListInboundContactsQuery = Type.Object(
  {
    ...pageQuery,
    order: Type.Optional(
      Type.Union([Type.Literal('asc'), Type.Literal('desc')], {
        default: 'desc',
        description: 'By occurredAt; newest first unless asked.',
      }),
    ),
    channel: Type.Optional(InboundChannelSchema),
    source: Type.Optional(InboundSourceSchema),
    customer: Type.Optional(Type.String({ format: 'uuid', description: 'Only this customer (account id).' })),
    from: Type.Optional(day('First day (UTC) of occurredAt.')),
    to: Type.Optional(day('Last day (UTC, inclusive) of occurredAt.')),
  },
  { additionalProperties: false },
);

export const CreateInboundContactBody = Type.Object(
  {
    channel: InboundChannelSchema,
    occurredAt,
    count: Type.Optional(count),
    accountId: Type.Optional(
      Nullable(Type.String({ format: 'uuid', description: 'The customer, when known (account id).' })),
    ),
    subject: Type.Optional(Nullable(subject)),
  },
  { additionalProperties: false },
);

export const InboundContactItem = Type.Object(
  {
    externalId: Type.String({
      minLength: 1,
      maxLength: 200,
      description: "Your system's id for the email, call or tally: posting it again changes nothing.",
    }),
    channel: InboundChannelSchema,
    occurredAt,
    count: Type.Optional(count),
    accountExternalId: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: "The customer's external id, when known." }),
    ),
    subject: Type.Optional(subject),
  },
  { additionalProperties: false, title: 'InboundContactItem' },
);

export const InboundContactBatchBody = Type.Object(
  { items: Type.Array(InboundContactItem, { minItems: 1, maxItems: MAX_INBOUND_BATCH }) },
  { additionalProperties: false },
);

export const InboundContactBatchResult = Type.Object(
  {
    results: Type.Array(
      Type.Object({
        index: Type.Integer({ description: 'Position of the item in the request.' }),
        externalId: Type.String(),
        status: StringEnum(['created', 'unchanged', 'failed'] as const, {
          description: 'unchanged: this externalId was already recorded (and was left as it was).',
        }),
        id: Nullable(Type.String({ format: 'uuid' })),
        error: Nullable(
          Type.Object({
            code: StringEnum(['validation', 'duplicate_in_batch', 'unknown_reference'] as const),
            detail: Type.String(),
            field: Type.Optional(Type.String()),
          }),
        ),
      }),
    ),
    summary: Type.Object({ created: Type.Integer(), unchanged: Type.Integer(), failed: Type.Integer() }),
  },
  { title: 'InboundContactBatchResult' },
);

export const toInboundContactDto = (c: InboundContact) => ({
  id: c.id,
  channel: c.channel,
  occurredAt: c.occurredAt.toISOString(),
  count: c.count,
  accountId: c.accountId,
  accountName: c.accountName,
  subject: c.subject,
  source: c.source,
  externalId: c.externalId,
  createdAt: c.createdAt.toISOString(),
});
