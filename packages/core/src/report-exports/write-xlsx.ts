import type { Writable } from 'node:stream';
import type { Tx } from '@portico/db';
import ExcelJS from 'exceljs';
import type { Cell } from './csv';
import { forEachPage } from './cursor';
import type { ExportTable } from './export-tables';
import { drained } from './output-stream';
import type { ExportStats } from './write-csv';

type Sheet = ExcelJS.Worksheet;

/** Column widths in characters: a PDF share of 1 is about 100 characters. */
const widthOf = (share: number) => Math.max(10, Math.round(share * 100));

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: ExportTable, name: string): Sheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: widthOf(c.width) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return sheet;
}

function addRow(sheet: Sheet, cells: Cell[], dateColumns: Set<number>): void {
  const row = sheet.addRow(cells);
  for (const index of dateColumns) row.getCell(index + 1).numFmt = 'yyyy-mm-dd hh:mm';
  // Committed rows are written out and dropped from memory: the point of the streaming writer.
  row.commit();
}

/**
 * The summary sheet, then the table asked for (when it is not the summary), through exceljs's
 * streaming WorkbookWriter: each committed row leaves memory, strings are written inline (no shared
 * string table growing with the rows), and between pages the writer waits for `out` to drain.
 * Text cells are strings, never formulas, so XLSX needs no injection guard.
 */
export async function writeXlsx(
  tx: Tx,
  summary: ExportTable,
  table: ExportTable,
  out: Writable,
  pageSize?: number,
): Promise<ExportStats> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const tables = table === summary ? [summary] : [summary, table];
  let stats: ExportStats = { rows: 0, pages: 0 };
  for (const current of tables) {
    const sheet = addSheet(workbook, current, current === summary ? 'Summary' : current.title.slice(0, 31));
    const { source } = current;
    const dates = new Set<number>();
    const add = (cells: Cell[]) => {
      cells.forEach((cell, i) => {
        if (cell instanceof Date) dates.add(i);
      });
      addRow(sheet, cells, dates);
    };
    if (source.kind === 'cells') {
      for (const cells of source.rows) add(cells);
      if (current === table) stats = { rows: source.rows.length, pages: 0 };
    } else {
      stats = await forEachPage<Record<string, unknown>>(
        tx,
        source.query,
        async (rows) => {
          for (const row of rows) add(source.cells(row));
          await drained(out);
          return true;
        },
        pageSize,
      );
    }
    sheet.commit();
  }
  // Finishes the zip, which ends `out`.
  await workbook.commit();
  return stats;
}
