import {
  adoptionExportTables,
  type ExportFormat,
  exportFormats,
  type ReportExportSpec,
  usageExportTables,
} from '@portico/core';
import { type Static, Type } from 'typebox';
import { StringEnum } from '../../http/schema-helpers';
import { PortalAdoptionQuery, toAdoptionFilter } from '../reports/adoption-schemas';
import { PortalUsageQuery } from '../reports/usage-schemas';

const { table: _table, limit: _limit, cursor: _cursor, ...adoptionFilters } = PortalAdoptionQuery.properties;

export const ExportFormatSchema = StringEnum(exportFormats, {
  description:
    'csv and xlsx hold every row; pdf holds the headline, the charts as tables and up to 1,000 rows.',
});

export const AdoptionExportQuery = Type.Object(
  {
    format: ExportFormatSchema,
    table: Type.Optional(
      StringEnum(adoptionExportTables, { default: 'customers', description: 'Which table to export.' }),
    ),
    ...adoptionFilters,
  },
  { additionalProperties: false },
);

export const UsageExportQuery = Type.Object(
  {
    format: ExportFormatSchema,
    table: Type.Optional(
      StringEnum(usageExportTables, { default: 'summary', description: 'Which section to export.' }),
    ),
    ...PortalUsageQuery.properties,
  },
  { additionalProperties: false },
);

/** The adoption filters as stored with a schedule or an alert (the API's camelCase query). */
export const AdoptionFilters = Type.Object(
  {
    ...adoptionFilters,
    // Without the query's default: defaults inside a union (stored filters) are ignored anyway.
    customers: Type.Optional(StringEnum(['active', 'inactive', 'all'] as const)),
  },
  { additionalProperties: false },
);
export const UsageFilters = PortalUsageQuery;

export const ExportFile = Type.String({ format: 'binary', description: 'The export file.' });

export const exportResponse = {
  description: 'The export, streamed as it is written.',
  content: Object.fromEntries(
    ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf'].map(
      (type) => [type, { schema: ExportFile }],
    ),
  ),
};

type AdoptionExportQueryT = Static<typeof AdoptionExportQuery>;
type UsageExportQueryT = Static<typeof UsageExportQuery>;

export function adoptionSpec({ format, table, ...filters }: AdoptionExportQueryT): ReportExportSpec {
  return { report: 'adoption', format, table: table ?? 'customers', filter: toAdoptionFilter(filters) };
}

export function usageSpec({ format, table, ...filter }: UsageExportQueryT): ReportExportSpec {
  return { report: 'usage', format: format as ExportFormat, table: table ?? 'summary', filter };
}
