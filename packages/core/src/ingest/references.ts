import { type DbOrTx, schema } from '@portico/db';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { ItemFailure } from './types';

export type RefKind = 'accounts' | 'buildings' | 'assets' | 'documents' | 'defects' | 'clientGroups';

/** What a referenced record brings along: its id, and where it hangs (for consistency checks). */
export interface RefRow {
  id: string;
  accountId: string | null;
  buildingId: string | null;
}

export type Refs = Map<RefKind, Map<string, RefRow>>;

interface RefSource {
  table: PgTable;
  id: PgColumn;
  orgId: PgColumn;
  externalId: PgColumn;
  accountId: PgColumn | SQL;
  buildingId: PgColumn | SQL;
  label: string;
}

const none = sql<null>`null`;
const sources: Record<RefKind, RefSource> = {
  accounts: { ...pick(schema.accounts), accountId: schema.accounts.id, buildingId: none, label: 'account' },
  buildings: {
    ...pick(schema.buildings),
    accountId: schema.buildings.accountId,
    buildingId: schema.buildings.id,
    label: 'building',
  },
  assets: { ...pick(schema.assets), accountId: none, buildingId: schema.assets.buildingId, label: 'asset' },
  documents: {
    ...pick(schema.documents),
    accountId: schema.documents.accountId,
    buildingId: schema.documents.buildingId,
    label: 'document',
  },
  defects: {
    ...pick(schema.defects),
    accountId: none,
    buildingId: schema.defects.buildingId,
    label: 'defect',
  },
  clientGroups: { ...pick(schema.clientGroups), accountId: none, buildingId: none, label: 'client group' },
};

function pick<T extends PgTable & { id: PgColumn; orgId: PgColumn; externalId: PgColumn }>(table: T) {
  return { table, id: table.id, orgId: table.orgId, externalId: table.externalId };
}

/** One query per referenced kind for the whole batch, however many items name it. */
export async function resolveReferences(
  db: DbOrTx,
  orgId: string,
  wanted: { kind: RefKind; externalId: string }[],
): Promise<Refs> {
  const byKind = new Map<RefKind, Set<string>>();
  for (const { kind, externalId } of wanted) {
    const ids = byKind.get(kind) ?? new Set<string>();
    ids.add(externalId);
    byKind.set(kind, ids);
  }
  const refs: Refs = new Map();
  // Sequential: inside a transaction all queries share one connection.
  for (const [kind, ids] of byKind) {
    const s = sources[kind];
    const rows = await db
      .select({
        id: sql<string>`${s.id}`,
        externalId: sql<string>`${s.externalId}`,
        accountId: sql<string | null>`${s.accountId}`,
        buildingId: sql<string | null>`${s.buildingId}`,
      })
      .from(s.table)
      .where(and(eq(s.orgId, orgId), inArray(s.externalId, [...ids])));
    refs.set(kind, new Map(rows.map(({ externalId, ...row }) => [externalId, row])));
  }
  return refs;
}

/** The referenced record, or the item fails naming the field (422 for a single upsert). */
export function requireRef(refs: Refs, kind: RefKind, externalId: string, field: string): RefRow {
  const row = refs.get(kind)?.get(externalId);
  if (!row) {
    throw new ItemFailure({
      code: 'unknown_reference',
      detail: `No ${sources[kind].label} has the external id "${externalId}".`,
      field,
    });
  }
  return row;
}

/** Like `requireRef` for an optional reference: absent or null gives null. */
export function optionalRef(
  refs: Refs,
  kind: RefKind,
  externalId: string | null | undefined,
  field: string,
): RefRow | null {
  return externalId ? requireRef(refs, kind, externalId, field) : null;
}

/** A record named by the item must hang on the same building as the item. */
export function requireSameBuilding(ref: RefRow | null, buildingId: string, field: string): void {
  if (ref?.buildingId && ref.buildingId !== buildingId) {
    throw new ItemFailure({
      code: 'rule_violation',
      detail: 'The referenced record belongs to another building.',
      field,
    });
  }
}
