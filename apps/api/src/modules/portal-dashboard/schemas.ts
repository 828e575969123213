import { Type } from 'typebox';
import { Nullable, StringEnum } from '../../http/schema-helpers';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' });
const Count = Type.Integer({ minimum: 0 });
const severities = ['critical', 'non_conformance', 'non_critical', 'recommendation', 'info'] as const;

export const DashboardQuery = Type.Object(
  {
    year: Type.Optional(
      Type.Integer({
        minimum: 2000,
        maximum: 2100,
        description: 'Calendar year of the routine activities panel; the current year when absent.',
      }),
    ),
  },
  { additionalProperties: false },
);

const CountAmount = Type.Object(
  { count: Count, amount: Type.Number({ description: 'The balance still owed (invoices) or quoted.' }) },
  { title: 'PortalCountAmount' },
);

export const PortalDashboardDto = Type.Object(
  {
    counts: Type.Object({
      overdueInvoices: Nullable(Count),
      outstandingQuotes: Nullable(Count),
      openDefects: Nullable(Type.Integer({ minimum: 0, description: 'Excludes recommendations and info.' })),
    }),
    activity: Nullable(
      Type.Object(
        {
          pendingQuotes: Nullable(CountAmount),
          overdueInvoices: Nullable(CountAmount),
          unpaidInvoices: Nullable(CountAmount),
        },
        { description: 'A part is null when the access areas exclude it (proposals, invoices).' },
      ),
    ),
    defectsByMonth: Nullable(
      Type.Array(
        Type.Object({
          month: Month,
          open: Type.Object({
            critical: Count,
            nonConformance: Count,
            nonCritical: Count,
            recommendation: Count,
            info: Count,
          }),
          resolved: Count,
        }),
        { description: 'Defects by the month raised: the 12 months to this one, oldest first.' },
      ),
    ),
    defectsByAssetType: Nullable(
      Type.Array(
        Type.Object({
          assetType: Type.String(),
          highestSeverity: Nullable(StringEnum(severities)),
          openDefects: Count,
          assets: Count,
        }),
      ),
    ),
    routineByMonth: Nullable(
      Type.Object({
        year: Type.Integer(),
        months: Type.Array(
          Type.Object({ month: Month, onTime: Count, late: Count, overdue: Count, pending: Count }),
          { description: 'January to December, by due month.' },
        ),
      }),
    ),
    serviceCallsByMonth: Nullable(
      Type.Array(
        Type.Object({
          month: Month,
          onHold: Count,
          ready: Count,
          inProgress: Count,
          performed: Count,
          complete: Count,
        }),
        { description: 'Reactive tasks by the month created: the 12 months to this one, oldest first.' },
      ),
    ),
    spend: Nullable(
      Type.Array(Type.Object({ month: Month, invoiced: Type.Number(), paid: Type.Number() }), {
        description: 'Invoiced by issue date, paid by payment date: the 12 months to this one.',
      }),
    ),
  },
  { title: 'PortalDashboard' },
);

export const MonthlyReportQuery = Type.Object({ month: Month }, { additionalProperties: false });

export const RoutineReportQuery = Type.Object(
  {
    from: Type.String({ format: 'date', description: 'First day performed, YYYY-MM-DD.' }),
    to: Type.String({
      format: 'date',
      description: 'Last day performed (included); at most 366 days in all.',
    }),
  },
  { additionalProperties: false },
);

export const ReportPdf = Type.String({ format: 'binary', description: 'The report as a PDF.' });
