import type { Writable } from 'node:stream';
import type { Db } from '@portico/db';
import type { OfficeContext } from '../context';
import { inExportSnapshot } from './cursor';
import { exportContentTypes, exportFilename, type ReportExportSpec } from './export-spec';
import { reportContent } from './report-content';
import { type ExportStats, writeCsv } from './write-csv';
import { writePdf } from './write-pdf';
import { writeXlsx } from './write-xlsx';

export interface StartedExport {
  filename: string;
  contentType: string;
  /** Settles when the last byte is written; rejects if the export fails midway (or `out` closes). */
  done: Promise<ExportStats>;
}

export interface ExportOptions {
  /** Rows per cursor FETCH (EXPORT_PAGE_SIZE by default). */
  pageSize?: number;
  now?: Date;
}

/**
 * Starts writing an export to `out` and resolves as soon as its content is known to be valid
 * (filters checked, headline read), before the rows stream: a caller can still answer 400 then,
 * and otherwise sends headers and pipes `out`. The whole export reads one snapshot in one
 * read-only transaction, so it holds one database connection until `done` settles.
 */
export function startReportExport(
  db: Db,
  ctx: Pick<OfficeContext, 'orgId'>,
  spec: ReportExportSpec,
  out: Writable,
  options: ExportOptions = {},
): Promise<StartedExport> {
  const now = options.now ?? new Date();
  return new Promise((resolveStart, rejectStart) => {
    let started = false;
    const done = inExportSnapshot(db, async (tx) => {
      const content = await reportContent(tx, ctx, spec, now);
      started = true;
      resolveStart({
        filename: exportFilename(spec, now),
        contentType: exportContentTypes[spec.format],
        done,
      });
      switch (spec.format) {
        case 'csv':
          return writeCsv(tx, content.table, out, options.pageSize);
        case 'xlsx':
          return writeXlsx(tx, content.summary, content.table, out, options.pageSize);
        case 'pdf':
          return writePdf(tx, content, out, options.pageSize);
      }
    });
    // Before the start resolved, a failure is the caller's to answer and `out` is left alone;
    // after, `done` carries the reason and `out` is cut short, so its reader sees a truncated
    // stream (an aborted download) rather than a file that looks complete.
    done.catch((error: unknown) => {
      if (!started) rejectStart(error);
      else if (!out.destroyed) out.destroy();
    });
  });
}
