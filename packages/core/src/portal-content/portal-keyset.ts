import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { ValidationError } from '../errors';
import { decodeCursor, type Keyset, keysetSelect, type PageRequest } from '../pagination';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Newest first by a nullable date (nulls last), then id descending: the order of the
 * `documents_*_list_idx` indexes. The shared keyset compares row values, which a null breaks, so
 * this spells the condition out; a null date travels in the cursor as ''.
 */
export function newestFirst(date: AnyColumn, id: AnyColumn, page: Pick<PageRequest, 'limit' | 'cursor'>) {
  const keyset: Keyset = { keys: [sql`coalesce(${date}::text, '')`, sql`${id}`], types: ['text', 'uuid'] };
  const cursor = decodeCursor(page.cursor, keyset);
  let after: SQL | undefined;
  if (cursor) {
    const [day, lastId] = cursor as [string, string];
    if (day === '') {
      after = sql`(${date} is null and ${id} < ${lastId}::uuid)`;
    } else if (DATE.test(day)) {
      after = sql`(${date} < ${day}::date or (${date} = ${day}::date and ${id} < ${lastId}::uuid) or ${date} is null)`;
    } else {
      throw new ValidationError('The cursor is not valid for this list; start again from the first page.', [
        { field: 'cursor', message: 'not a cursor this list produced' },
      ]);
    }
  }
  return {
    after,
    orderBy: [sql`${date} desc nulls last`, sql`${id} desc`],
    cursorKeys: keysetSelect(keyset),
    limit: page.limit + 1,
  };
}
