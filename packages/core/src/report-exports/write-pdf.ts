import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Tx } from '@portico/db';
import { createReportPdf, finishReportPdf, note, sectionTitle } from '../portal-dashboard/pdf/layout';
import { drawTable } from '../portal-dashboard/pdf/table';
import type { Cell } from './csv';
import { forEachPage } from './cursor';
import type { ExportTable } from './export-tables';
import type { ReportContent } from './report-content';
import type { ExportStats } from './write-csv';

/**
 * A PDF is for reading, not for data: past this many rows it says so and points to CSV / XLSX,
 * which stream every row. It also bounds the PDF's memory (pdfkit buffers pages for numbering).
 */
export const PDF_ROW_LIMIT = 1000;

function text(cell: Cell): string {
  if (cell === null) return '-';
  if (cell instanceof Date) return `${cell.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  if (typeof cell === 'number') return cell.toLocaleString('en');
  return cell;
}

async function rowsOf(
  tx: Tx,
  table: ExportTable,
  pageSize?: number,
): Promise<{ rows: string[][]; stats: ExportStats; more: boolean }> {
  const { source } = table;
  if (source.kind === 'cells') {
    return {
      rows: source.rows.map((r) => r.map(text)),
      stats: { rows: source.rows.length, pages: 0 },
      more: false,
    };
  }
  const rows: string[][] = [];
  let more = false;
  const stats = await forEachPage<Record<string, unknown>>(
    tx,
    source.query,
    async (page) => {
      for (const row of page) {
        if (rows.length === PDF_ROW_LIMIT) {
          more = true;
          return false;
        }
        rows.push(source.cells(row).map(text));
      }
      return true;
    },
    Math.min(pageSize ?? PDF_ROW_LIMIT + 1, PDF_ROW_LIMIT + 1),
  );
  return { rows, stats: { ...stats, rows: rows.length }, more };
}

/** The headline, the charts as tables, then the table asked for (up to PDF_ROW_LIMIT rows). */
export async function writePdf(
  tx: Tx,
  content: ReportContent,
  out: Writable,
  pageSize?: number,
): Promise<ExportStats> {
  const doc = createReportPdf({
    organizationName: content.organizationName,
    brandColor: content.brandColor,
    title: content.title,
    subtitle: content.subtitle,
  });
  const done = finished(out);
  doc.pipe(out);
  const headerColour = content.brandColor;
  const tables = [content.summary, ...content.charts];
  if (!tables.includes(content.table)) tables.push(content.table);
  let stats: ExportStats = { rows: 0, pages: 0 };
  for (const table of tables) {
    const { rows, stats: read, more } = await rowsOf(tx, table, pageSize);
    if (table === content.table) stats = read;
    sectionTitle(doc, table.title);
    if (rows.length === 0) note(doc, 'Nothing to show.');
    else drawTable(doc, table.columns, rows, { headerColour });
    if (more)
      note(
        doc,
        `Only the first ${PDF_ROW_LIMIT.toLocaleString('en')} rows are shown: export CSV or XLSX for all of them.`,
      );
  }
  finishReportPdf(doc, new Date().toISOString().slice(0, 10));
  await done;
  return stats;
}
