import {
  adoptionExportTables,
  MAX_RECIPIENTS,
  type ReportRunDto,
  type ReportScheduleDto,
  usageExportTables,
  ValidationError,
} from '@portico/core';
import { schema } from '@portico/db';
import { type Static, Type } from 'typebox';
import { pageQuery } from '../../http/pagination';
import { Nullable, StringEnum } from '../../http/schema-helpers';
import { AdoptionFilters, ExportFormatSchema, UsageFilters } from '../report-exports/schemas';

const timestamp = () => Nullable(Type.String({ format: 'date-time' }));
const iso = (value: Date | null) => value?.toISOString() ?? null;

/** What to email: shared by the send-now body, schedules and alert rules. */
export const exportTargetProperties = {
  report: StringEnum(schema.reportKind.enumValues, { description: 'Which report.' }),
  table: Type.Optional(
    StringEnum([...new Set([...adoptionExportTables, ...usageExportTables])], {
      description:
        'A table of the report: customers | emails | summary (adoption); summary | features | funnel | cohorts | adoptionCurve | atRiskAccounts (usage). The report default when omitted.',
    }),
  ),
  format: ExportFormatSchema,
  filters: Type.Optional(
    Type.Union([AdoptionFilters, UsageFilters], {
      description: "The report's own query filters (those of its GET and export routes).",
    }),
  ),
  recipients: Type.Array(Type.String({ format: 'email', maxLength: 320 }), {
    minItems: 1,
    maxItems: MAX_RECIPIENTS,
    description: `Up to ${MAX_RECIPIENTS} addresses; one email goes to all of them.`,
  }),
};

/** The union above lets usage dates pass for an adoption export; the report decides which apply. */
export function checkFilters<T extends { report: 'adoption' | 'usage'; filters?: Record<string, unknown> }>(
  body: T,
): T {
  const keys = Object.keys(body.filters ?? {});
  const usageKeys = ['from', 'to'];
  const wrong = keys.filter((k) => (body.report === 'usage') !== usageKeys.includes(k));
  if (wrong.length > 0) {
    throw new ValidationError(
      'The filters do not belong to this report.',
      wrong.map((field) => ({
        field: `filters/${field}`,
        message: `is not a filter of the ${body.report} report`,
      })),
    );
  }
  return body;
}

export const SendReportBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), ...exportTargetProperties },
  { additionalProperties: false },
);

export const ReportRunDtoSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    trigger: StringEnum(schema.reportRunTrigger.enumValues),
    scheduleId: Nullable(Type.String({ format: 'uuid' })),
    alertId: Nullable(Type.String({ format: 'uuid' })),
    name: Type.String(),
    report: StringEnum(schema.reportKind.enumValues),
    table: Type.String(),
    format: ExportFormatSchema,
    recipients: Type.Array(Type.String()),
    status: StringEnum(schema.reportRunStatus.enumValues, {
      description: 'queued, sending, sent or failed (with `error`).',
    }),
    error: Nullable(Type.String()),
    sentAt: timestamp(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { title: 'ReportRun' },
);

export const toRunResponse = (run: ReportRunDto) => ({
  ...run,
  sentAt: iso(run.sentAt),
  createdAt: run.createdAt.toISOString(),
});

export const ReportScheduleBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    ...exportTargetProperties,
    frequency: StringEnum(schema.scheduleFrequency.enumValues),
    time: Type.String({
      pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
      description: 'HH:MM, 24-hour, in `timezone`.',
    }),
    weekday: Type.Optional(
      Nullable(Type.Integer({ minimum: 1, maximum: 7, description: 'Weekly: 1 (Monday) to 7 (Sunday).' })),
    ),
    monthday: Type.Optional(
      Nullable(
        Type.Integer({ minimum: 1, maximum: 28, description: 'Monthly: 1 to 28 (every month has it).' }),
      ),
    ),
    timezone: Type.String({
      minLength: 1,
      maxLength: 64,
      description: 'IANA time zone, e.g. Europe/London.',
    }),
  },
  { additionalProperties: false },
);
export type ReportScheduleBodyT = Static<typeof ReportScheduleBody>;

export const ReportScheduleDtoSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    report: StringEnum(schema.reportKind.enumValues),
    table: Type.String(),
    format: ExportFormatSchema,
    filters: Type.Record(Type.String(), Type.Unknown()),
    recipients: Type.Array(Type.String()),
    frequency: StringEnum(schema.scheduleFrequency.enumValues),
    time: Type.String(),
    weekday: Nullable(Type.Integer()),
    monthday: Nullable(Type.Integer()),
    timezone: Type.String(),
    paused: Type.Boolean(),
    lastRunAt: timestamp(),
    nextRunAt: timestamp(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { title: 'ReportSchedule' },
);

export const toScheduleResponse = (s: ReportScheduleDto) => ({
  ...s,
  lastRunAt: iso(s.lastRunAt),
  nextRunAt: iso(s.nextRunAt),
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

export const toScheduleInput = (body: ReportScheduleBodyT) => ({
  ...checkFilters(body),
  weekday: body.weekday ?? null,
  monthday: body.monthday ?? null,
});

export const ListQuery = Type.Object(
  { limit: pageQuery.limit, cursor: pageQuery.cursor },
  { additionalProperties: false },
);
