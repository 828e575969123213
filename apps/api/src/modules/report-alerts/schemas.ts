import type { AlertRuleDto } from '@portico/core';
import { schema } from '@portico/db';
import { type Static, Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { ExportFormatSchema } from '../report-exports/schemas';
import { checkFilters, exportTargetProperties } from '../report-schedules/schemas';

export const AlertRuleBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    metric: StringEnum(schema.alertMetric.enumValues, {
      description:
        'activation_rate (percent), pending_invites, expired_invites (adoption headline, active customers), email_failures (in the current period), monthly_active_users.',
    }),
    comparator: StringEnum(schema.alertComparator.enumValues, { description: 'lt: below; gt: above.' }),
    threshold: Type.Number({ description: 'In the metric unit: a percentage (0-100) for activation_rate.' }),
    period: StringEnum(schema.alertPeriod.enumValues, {
      description: 'At most one firing per UTC day (daily) or ISO week (weekly).',
    }),
    ...exportTargetProperties,
    paused: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);

export const toAlertRuleInput = (body: Static<typeof AlertRuleBody>) => checkFilters(body);

const timestamp = () => Nullable(Type.String({ format: 'date-time' }));
const iso = (value: Date | null) => value?.toISOString() ?? null;

export const AlertRuleDtoSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    metric: StringEnum(schema.alertMetric.enumValues),
    comparator: StringEnum(schema.alertComparator.enumValues),
    threshold: Type.Number(),
    period: StringEnum(schema.alertPeriod.enumValues),
    report: StringEnum(schema.reportKind.enumValues),
    table: Type.String(),
    format: ExportFormatSchema,
    filters: Type.Record(Type.String(), Type.Unknown()),
    recipients: Type.Array(Type.String()),
    paused: Type.Boolean(),
    lastFiredAt: timestamp(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'AlertRule' },
);

export const toAlertRuleResponse = (r: AlertRuleDto) => ({
  ...r,
  lastFiredAt: iso(r.lastFiredAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const AlertFiringDto = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    periodKey: Type.String({ description: 'The UTC day (YYYY-MM-DD) or ISO week (YYYY-Www).' }),
    value: Type.Number({ description: 'The metric when the rule fired.' }),
    runId: Nullable(Type.String({ format: 'uuid' })),
    firedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'AlertFiring' },
);
