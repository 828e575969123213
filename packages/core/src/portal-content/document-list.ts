import { type DbOrTx, schema } from '@portico/db';
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
import {
  allowedKinds,
  documentVisible,
  type PortalScope,
  visibleAccountIds,
  visibleBuildingIds,
} from './visibility';

const { documents } = schema;

/**
 * The document list, newest issued first, built for a contact with hundreds of buildings and tens
 * of thousands of documents.
 *
 * documentVisible ORs building-level and account-level documents, and an OR of two subqueries makes
 * PostgreSQL scan the whole table. So the page is found in two steps:
 * 1. candidates: each half of the rule (documents of visible buildings; account-level documents of
 *    visible accounts) with `published` and the allowed kinds, the filters and the cursor, each
 *    ordered and limited on its own. These columns are all in `documents_building_list_idx` /
 *    `documents_account_list_idx`, so without text filters this is an index-only scan;
 * 2. the page: those (at most 2 × limit) ids, re-checked with documentVisible and the filters,
 *    ordered and limited again. documentVisible stays the gate: step 1 only narrows the search,
 *    and a row it let through wrongly (say, a document whose org differs from its building's)
 *    is dropped here, never shown.
 * The total counts the same candidates without the limit, also from the indexes.
 */
export async function listPortalDocuments(
  db: DbOrTx,
  scope: PortalScope,
  filter: PortalDocumentFilter,
  page: Pick<PageRequest, 'limit' | 'cursor'>,
): Promise<Page<PortalDocument>> {
  const p = newestFirst(documents.issuedOn, documents.id, page);
  const kinds = allowedKinds(scope.contact.access).filter((k) => !filter.kind || k === filter.kind);
  if (kinds.length === 0) return { items: [], nextCursor: null, total: 0 };
  const filters = filterConditions(filter);
  const { contact, view } = scope;
  const halves: SQL[] = [
    sql`${documents.buildingId} in ${visibleBuildingIds(contact, view)}`,
    sql`(${documents.buildingId} is null and ${documents.accountId} in ${visibleAccountIds(contact, view)})`,
  ];
  // `published` as a bare column, so it matches the partial indexes' predicate.
  const narrow = (half: SQL) =>
    and(sql`${documents.published}`, inArray(documents.kind, kinds), half, ...filters);
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
      .where(
        and(
          sql`${documents.id} in (${sql.join(candidates, sql` union all `)})`,
          documentVisible(scope),
          ...filters,
        ),
      )
      .orderBy(...p.orderBy)
      .limit(p.limit),
    db.execute<{ n: number }>(sql`select (${sql.join(counts, sql` + `)})::int as n`),
  ]);
  const items = rows.map((r) => ({ ...toPortalDocument(r), cursorKeys: r.cursorKeys }));
  return toPage(items, page.limit, totals.rows[0]?.n ?? 0);
}
