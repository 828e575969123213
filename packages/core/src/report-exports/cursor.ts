import type { Db, Tx } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';

/** Rows per FETCH: large enough that round trips do not dominate, small enough to stay a few MB. */
export const EXPORT_PAGE_SIZE = 2000;

/**
 * Runs `work` in a read-only, repeatable-read transaction: the headline and every page of an
 * export then describe one snapshot, even while the export streams for minutes.
 */
export function inExportSnapshot<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(work, { isolationLevel: 'repeatable read', accessMode: 'read only' });
}

/**
 * Reads `query` through a server-side cursor, `pageSize` rows per FETCH, and hands each page to
 * `onPage`, awaiting it before the next FETCH: that await is the backpressure (a slow client
 * slows the reads), and only one page is ever held in memory. `onPage` returns false to stop
 * early. Must run inside a transaction (cursors live until its end). Returns the pages read.
 */
export async function forEachPage<T>(
  tx: Tx,
  query: SQL,
  onPage: (rows: T[]) => Promise<boolean | undefined>,
  pageSize = EXPORT_PAGE_SIZE,
): Promise<{ pages: number; rows: number }> {
  // One cursor name per transaction is enough: an export opens one cursor at a time.
  await tx.execute(sql`declare report_export no scroll cursor for ${query}`);
  let pages = 0;
  let rows = 0;
  try {
    for (;;) {
      const page = (
        await tx.execute(sql`fetch forward ${sql.raw(String(Math.trunc(pageSize)))} from report_export`)
      ).rows as T[];
      if (page.length === 0) break;
      pages++;
      rows += page.length;
      if ((await onPage(page)) === false || page.length < pageSize) break;
    }
  } finally {
    await tx.execute(sql`close report_export`).catch(() => undefined);
  }
  return { pages, rows };
}
