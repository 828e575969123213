import type { ApiKeyScope, Tx } from '@portico/db';
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TProperties } from 'typebox';
import type { RefKind, Refs } from './references';

export const ingestKindNames = [
  'accounts',
  'buildings',
  'contacts',
  'documents',
  'defects',
  'assets',
  'tasks',
  'quotes',
] as const;
export type IngestKindName = (typeof ingestKindNames)[number];

export type IngestStatus = 'created' | 'updated' | 'unchanged' | 'failed';

/** Why one item failed; `field` names the item field at fault when there is one. */
export interface ItemError {
  code: 'validation' | 'duplicate_in_batch' | 'unknown_reference' | 'conflict' | 'rule_violation';
  detail: string;
  field?: string;
}

export interface ItemResult {
  index: number;
  externalId: string | null;
  status: IngestStatus;
  id: string | null;
  error: ItemError | null;
}

export interface IngestBatchResult {
  results: ItemResult[];
  summary: Record<IngestStatus, number>;
}

/** Thrown by a kind's `toRow` for the one item at fault; the batch carries on without it. */
export class ItemFailure extends Error {
  constructor(readonly error: ItemError) {
    super(error.detail);
  }
}

/** Every ingestible table has these columns; `(org_id, external_id)` is unique. */
export type UpsertTable = PgTable & {
  id: PgColumn;
  orgId: PgColumn;
  externalId: PgColumn;
  updatedAt: PgColumn;
};

export interface IngestItem {
  externalId: string;
}

/** An item that passed validation and reference checks, with the row it maps to. */
export interface Candidate<Item extends IngestItem = IngestItem> {
  index: number;
  item: Item;
  row: Record<string, unknown>;
}

export interface Written<Item extends IngestItem = IngestItem> extends Candidate<Item> {
  id: string;
  status: 'created' | 'updated' | 'unchanged';
  /** The kind's `returning` extras; absent for unchanged rows (the upsert did not touch them). */
  extra: Record<string, unknown> | undefined;
}

/**
 * One kind of record the integration API accepts. The generic upsert reads this table; a kind
 * says what its items look like, which other records they name, and how an item maps to columns.
 * Methods (not function properties) so a registry of different kinds type-checks.
 */
export interface IngestKind<Item extends IngestItem = IngestItem> {
  name: IngestKindName;
  /** Singular, capitalised: operation ids (`upsertDocument`) and schema titles. */
  label: string;
  scope: ApiKeyScope;
  /** The item's fields except `externalId`. */
  fields: TProperties;
  table: UpsertTable;
  /** The external ids an item names, per referenced kind, with the field each came from. */
  references(item: Item): { kind: RefKind; externalId: string; field: string }[];
  /** The compared and written columns. Every row must carry the same keys (one multi-row insert). */
  toRow(item: Item, refs: Refs): Record<string, unknown>;
  /** Set on insert only (not compared), e.g. a document's first publication time. */
  insertOnly?(row: Record<string, unknown>): Record<string, unknown>;
  /** Extra SET expressions when an existing row changes. */
  onChange?: Record<string, SQL>;
  /** Extra RETURNING expressions, handed to `afterWrite`. */
  returning?: Record<string, SQL>;
  /** Set-based checks that need the database (e.g. unique emails); failures by item index. */
  precheck?(tx: Tx, orgId: string, candidates: Candidate<Item>[]): Promise<Map<number, ItemError>>;
  /** Writes that follow the rows (links, notices); returns the indexes whose item changed something. */
  afterWrite?(tx: Tx, orgId: string, written: Written<Item>[], refs: Refs): Promise<Set<number>>;
}
