import type { SQL } from 'drizzle-orm';
import type { Cell } from './csv';

export interface ExportColumn {
  header: string;
  /** Share of the PDF page width (the shares of a table add up to 1); XLSX widths follow it. */
  width: number;
  align?: 'left' | 'right';
}

/**
 * One table of an export. Small tables (headline, funnel, cohorts) arrive as cells; the large ones
 * (customers, emails, at-risk accounts) as a query that the writers read a page at a time.
 */
export interface ExportTable {
  title: string;
  columns: readonly ExportColumn[];
  source:
    | { kind: 'cells'; rows: Cell[][] }
    | { kind: 'query'; query: SQL; cells: (row: Record<string, unknown>) => Cell[] };
}

/** A table read through a cursor; `R` is the shape of the query's select list. */
export function queryTable<R>(
  title: string,
  columns: readonly (ExportColumn & { value: (row: R) => Cell })[],
  query: SQL,
): ExportTable {
  return {
    title,
    columns: columns.map(({ value: _value, ...column }) => column),
    // The one cast: the query's select list is R (its aliases are written for it).
    source: { kind: 'query', query, cells: (row) => columns.map((c) => c.value(row as R)) },
  };
}

export function cellsTable(title: string, columns: readonly ExportColumn[], rows: Cell[][]): ExportTable {
  return { title, columns, source: { kind: 'cells', rows } };
}

/** Metric / value pairs: the headline of a report. */
export function metricsTable(title: string, metrics: [string, Cell][]): ExportTable {
  return cellsTable(
    title,
    [
      { header: 'Metric', width: 0.7 },
      { header: 'Value', width: 0.3, align: 'right' },
    ],
    metrics.map(([name, value]) => [name, value]),
  );
}

export const yesNo = (value: boolean) => (value ? 'yes' : 'no');
export const timestamp = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);
/** A share 0..1 as a percentage with one decimal, or null. */
export const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
