import { MAX_CHANNEL_SHIFT_MONTHS } from '@portico/core';
import { Type } from 'typebox';
import { Nullable } from '../../http/schema-helpers';

const month = (description: string) => Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description });
const count = (description: string) => Type.Integer({ minimum: 0, description });

export const ChannelShiftQuery = Type.Object(
  {
    from: Type.Optional(month('First month (YYYY-MM); defaults to 11 months before `to`.')),
    to: Type.Optional(month('Last month (YYYY-MM, inclusive); defaults to the current month.')),
    customer: Type.Optional(
      Type.Array(Type.String({ format: 'uuid' }), {
        maxItems: 100,
        description:
          'Only these customers (account ids), as in the adoption report; repeat the parameter. Logged emails and calls without a customer are then left out.',
      }),
    ),
  },
  {
    additionalProperties: false,
    description: `At most ${MAX_CHANNEL_SHIFT_MONTHS} months.`,
  },
);

const counts = {
  portalMessages: count('Portal messages written by contacts (office replies are not counted).'),
  serviceRequests: count('Service requests raised.'),
  emails: count('Inbound emails the office logged.'),
  calls: count('Inbound calls the office logged.'),
  portalShare: Nullable(
    Type.Number({
      minimum: 0,
      maximum: 1,
      description: '(portalMessages + serviceRequests) / all four; null when all four are 0.',
    }),
  ),
};

export const ChannelShiftDto = Type.Object(
  {
    period: Type.Object({
      from: Type.String({ description: 'YYYY-MM' }),
      to: Type.String({ description: 'YYYY-MM, inclusive' }),
      timeZone: Type.String({ description: 'The months are calendar months in this zone.' }),
    }),
    months: Type.Array(Type.Object({ month: Type.String({ description: 'YYYY-MM' }), ...counts }), {
      description: 'Every month of the period, oldest first, quiet months as zeros.',
    }),
    totals: Type.Object(counts, { title: 'ChannelShiftTotals' }),
  },
  { title: 'ChannelShift' },
);
