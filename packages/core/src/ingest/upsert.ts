import type { Tx } from '@portico/db';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgInsertValue, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Candidate, IngestItem, IngestKind, UpsertTable, Written } from './types';

// 1,000 items x at most ~17 columns stays far below PostgreSQL's 65,535 bind parameters.
const ROWS_PER_STATEMENT = 1000;

/**
 * Writes candidates with multi-row `insert … on conflict (org_id, external_id) do update … where
 * (columns) is distinct from (excluded columns)`: an identical item touches nothing and is reported
 * unchanged; `xmax = 0` tells a fresh insert from an update.
 */
export async function upsertCandidates<Item extends IngestItem>(
  tx: Tx,
  orgId: string,
  kind: IngestKind<Item>,
  candidates: Candidate<Item>[],
): Promise<Written<Item>[]> {
  const first = candidates[0];
  if (!first) return [];
  const { table } = kind;
  const columns = getTableColumns(table);
  const compared = Object.keys(first.row);
  const column = (key: string) => {
    const c = columns[key];
    if (!c) throw new Error(`${kind.name}: no column for ${key}`);
    return c;
  };
  const excluded = (key: string) => sql.raw(`excluded."${column(key).name}"`);

  const set: Record<string, SQL> = { updatedAt: sql`now()`, ...kind.onChange };
  for (const key of compared) set[key] = excluded(key);
  const changed = sql`(${sql.join(
    compared.map((key) => sql`${column(key)}`),
    sql`, `,
  )}) is distinct from (${sql.join(compared.map(excluded), sql`, `)})`;

  const returned = new Map<string, { id: string; created: boolean; extra: Record<string, unknown> }>();
  for (let start = 0; start < candidates.length; start += ROWS_PER_STATEMENT) {
    const chunk = candidates.slice(start, start + ROWS_PER_STATEMENT);
    const values = chunk.map((c) => ({
      ...c.row,
      ...kind.insertOnly?.(c.row),
      orgId,
      externalId: c.item.externalId,
    }));
    const rows = await tx
      .insert(table)
      .values(values as PgInsertValue<UpsertTable>[])
      .onConflictDoUpdate({
        target: [table.orgId, table.externalId],
        set: set as PgUpdateSetSource<UpsertTable>,
        setWhere: changed,
      })
      .returning({
        id: sql<string>`${table.id}`,
        externalId: sql<string>`${table.externalId}`,
        created: sql<boolean>`(xmax = 0)`,
        ...kind.returning,
      });
    for (const { id, externalId, created, ...extra } of rows)
      returned.set(externalId, { id, created, extra });
  }

  // Rows the WHERE left alone return nothing: fetch their ids in one query.
  const untouched = candidates.filter((c) => !returned.has(c.item.externalId)).map((c) => c.item.externalId);
  const existing = new Map<string, string>();
  if (untouched.length > 0) {
    const rows = await tx
      .select({ id: sql<string>`${table.id}`, externalId: sql<string>`${table.externalId}` })
      .from(table)
      .where(and(eq(table.orgId, orgId), inArray(table.externalId, untouched)));
    for (const row of rows) existing.set(row.externalId, row.id);
  }

  return candidates.map((c) => {
    const hit = returned.get(c.item.externalId);
    if (hit) return { ...c, id: hit.id, status: hit.created ? 'created' : 'updated', extra: hit.extra };
    const id = existing.get(c.item.externalId);
    if (!id) throw new Error(`${kind.name}: upserted row ${c.item.externalId} not found`);
    return { ...c, id, status: 'unchanged', extra: undefined };
  });
}
