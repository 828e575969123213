import { type DbOrTx, type DocumentKind, schema } from '@portico/db';
import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { Page, PageRequest } from '../pagination';
import { toPage } from '../pagination';
import {
  filterConditions,
  type PortalDocument,
  type PortalDocumentFilter,
  selectDocuments,
  toPortalDocument,
} from './documents';
import { newestFirst } from './portal-keyset';
import { allowedKinds, type PortalScope, resolveVisibleIds, type VisibleIds } from './visibility';

const { documents } = schema;

/**
 * The document list, newest issued first, built for a contact with hundreds of buildings and tens
 * of thousands of documents as much as for a contact with one building.
 *
 * The access rule is resolved to ids first (`resolveVisibleIds`, one small query), so the page's
 * query carries them as arrays: PostgreSQL then reads just those buildings' documents through
 * `documents_building_list_idx` and sorts the newest, whatever the size of the organization. (With
 * the rule as a subquery it cannot see how few buildings that is, and scans the organization's
 * documents.) A date-ordered index over the whole organization was tried and dropped: in an
 * organization of millions of documents the planner walked it for a contact holding 0.3 % of them.
 *
 * The total counts each half of the rule on its own (documents of the visible buildings; account
 * documents of the visible accounts) so that each is an index-only scan. The halves need no
 * organization condition of their own: the ids come from the organization's buildings and accounts.
 */
export async function listPortalDocuments(
  db: DbOrTx,
  scope: PortalScope,
  filter: PortalDocumentFilter,
  page: Pick<PageRequest, 'limit' | 'cursor'>,
): Promise<Page<PortalDocument>> {
  const kinds = allowedKinds(scope.contact.access).filter((k) => !filter.kind || k === filter.kind);
  if (kinds.length === 0) return { items: [], nextCursor: null, total: 0 };
  // The rule, resolved to the ids it grants: every row below is read through them.
  return listDocumentsAmong(db, await resolveVisibleIds(db, scope), kinds, filter, page);
}

/**
 * The published documents of these kinds on these buildings (or, with no building, of these
 * accounts), newest first. The access layer's work is done before: `listPortalDocuments` passes the
 * ids the rule resolved (they come from the organization's own buildings and accounts, so no
 * organization condition is needed here); the benchmark passes ids written in by hand, to measure
 * what the access layer costs over the bare query.
 */
export async function listDocumentsAmong(
  db: DbOrTx,
  ids: VisibleIds,
  kinds: readonly DocumentKind[],
  filter: PortalDocumentFilter,
  page: Pick<PageRequest, 'limit' | 'cursor'>,
): Promise<Page<PortalDocument>> {
  const p = newestFirst(documents.issuedOn, documents.id, page);
  const filters = filterConditions(filter);
  const halves: SQL[] = [];
  if (ids.buildingIds.length > 0)
    halves.push(sql`${documents.buildingId} = any(${sql.param(ids.buildingIds)}::uuid[])`);
  if (ids.accountIds.length > 0)
    halves.push(
      sql`(${documents.buildingId} is null and ${documents.accountId} = any(${sql.param(ids.accountIds)}::uuid[]))`,
    );
  if (halves.length === 0 || kinds.length === 0) return { items: [], nextCursor: null, total: 0 };
  // `published` as a bare column, so it matches the partial indexes' predicate.
  const narrow = (half: SQL) =>
    and(sql`${documents.published}`, inArray(documents.kind, [...kinds]), half, ...filters);
  // The page's ids first, from the indexes alone (an index-only scan and a top-N sort of ids), then
  // only those rows are read in full and joined: reading every candidate row is what costs.
  const candidates = halves.map(
    (half) =>
      sql`(${db
        .select({ id: documents.id })
        .from(documents)
        .where(and(narrow(half), p.after))
        .orderBy(...p.orderBy)
        .limit(p.limit)})`,
  );
  const counts = halves.map(
    (half) => sql`(${db.select({ n: sql`count(*)` }).from(documents).where(narrow(half))})`,
  );
  const [rows, totals] = await Promise.all([
    selectDocuments(db, p.cursorKeys)
      .where(and(sql`${documents.id} in (${sql.join(candidates, sql` union all `)})`, ...filters))
      .orderBy(...p.orderBy)
      .limit(p.limit),
    db.execute<{ n: number }>(sql`select (${sql.join(counts, sql` + `)})::int as n`),
  ]);
  const items = rows.map((r) => ({ ...toPortalDocument(r), cursorKeys: r.cursorKeys }));
  return toPage(items, page.limit, totals.rows[0]?.n ?? 0);
}
