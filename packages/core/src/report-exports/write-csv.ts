import type { Writable } from 'node:stream';
import type { Tx } from '@portico/db';
import { csvLine, UTF8_BOM } from './csv';
import { forEachPage } from './cursor';
import type { ExportTable } from './export-tables';
import { endStream, writeChunk } from './output-stream';

export interface ExportStats {
  rows: number;
  /** Cursor pages read (0 for a table that was already at hand). */
  pages: number;
}

/** One table as CSV, a page of rows per write, so memory holds one page whatever the row count. */
export async function writeCsv(
  tx: Tx,
  table: ExportTable,
  out: Writable,
  pageSize?: number,
): Promise<ExportStats> {
  await writeChunk(out, UTF8_BOM + csvLine(table.columns.map((c) => c.header)));
  const { source } = table;
  let stats: ExportStats;
  if (source.kind === 'cells') {
    await writeChunk(out, source.rows.map(csvLine).join(''));
    stats = { rows: source.rows.length, pages: 0 };
  } else {
    stats = await forEachPage<Record<string, unknown>>(
      tx,
      source.query,
      async (rows) => {
        await writeChunk(out, rows.map((row) => csvLine(source.cells(row))).join(''));
        return true;
      },
      pageSize,
    );
  }
  await endStream(out);
  return stats;
}
