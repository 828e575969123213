import { type SQL, sql } from 'drizzle-orm';
import { ValidationError } from './errors';

export interface Page<T> {
  items: T[];
  /** Opaque; pass back as `cursor` for the next page. Null on the last page. */
  nextCursor: string | null;
  total: number;
}

export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
  order?: 'asc' | 'desc' | undefined;
}

/**
 * Keyset pagination over (sort keys..., id): stable under inserts and as fast on page 1,000 as on
 * page 1, given an index on the same columns. The cursor carries the last row's keys as text, as
 * PostgreSQL printed them, so timestamps keep their microseconds.
 */
export interface Keyset {
  /** Sort expressions, most significant first; the id column comes last. */
  keys: SQL[];
  /** The PostgreSQL type of each key, to cast the cursor's text back. */
  types: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Each value must parse as its key's type, so a forged or stale cursor is a 400, not a SQL error. */
function fitsType(value: string, type: string): boolean {
  if (type === 'uuid') return UUID.test(value);
  if (type === 'timestamptz') return !Number.isNaN(Date.parse(value));
  return !value.includes('\u0000');
}

export function decodeCursor(cursor: string | undefined, keyset: Keyset): string[] | null {
  if (!cursor) return null;
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === keyset.keys.length &&
      values.every((v, i) => typeof v === 'string' && fitsType(v, keyset.types[i] ?? 'text'))
    ) {
      return values as string[];
    }
  } catch {
    // fall through to the validation error
  }
  throw new ValidationError(
    'The cursor is not valid for this list and sort; start again from the first page.',
    [{ field: 'cursor', message: 'not a cursor this list produced' }],
  );
}

export function encodeCursor(values: string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function keysetCondition(
  keyset: Keyset,
  cursor: string[] | null,
  order: 'asc' | 'desc',
): SQL | undefined {
  if (!cursor) return undefined;
  const left = sql.join(keyset.keys, sql`, `);
  const right = sql.join(
    cursor.map((v, i) => sql`${v}::${sql.raw(keyset.types[i] ?? 'text')}`),
    sql`, `,
  );
  return order === 'asc' ? sql`(${left}) > (${right})` : sql`(${left}) < (${right})`;
}

export function keysetOrder(keyset: Keyset, order: 'asc' | 'desc'): SQL[] {
  return keyset.keys.map((k) => (order === 'asc' ? sql`${k} asc` : sql`${k} desc`));
}

/** The keys of a row as text, selected alongside it to build the next cursor. */
export function keysetSelect(keyset: Keyset): SQL<string[]> {
  return sql<string[]>`array[${sql.join(
    keyset.keys.map((k) => sql`${k}::text`),
    sql`, `,
  )}]`;
}

/** Fetches limit + 1 rows to know whether a next page exists. */
export function toPage<T extends { cursorKeys: string[] }>(
  rows: T[],
  limit: number,
  total: number,
): Page<Omit<T, 'cursorKeys'>> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(({ cursorKeys: _keys, ...item }) => item),
    nextCursor: hasMore && last ? encodeCursor(last.cursorKeys) : null,
    total,
  };
}

/** The parts of a keyset-paginated query: add `after` to the WHERE, select `cursorKeys`, order, fetch `limit`. */
export function keysetPage(keyset: Keyset, page: PageRequest) {
  const order = page.order ?? 'asc';
  return {
    after: keysetCondition(keyset, decodeCursor(page.cursor, keyset), order),
    orderBy: keysetOrder(keyset, order),
    cursorKeys: keysetSelect(keyset),
    // One more than asked, to know whether a next page exists.
    limit: page.limit + 1,
  };
}
