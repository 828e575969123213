import { type DocumentKind, schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import { categoryOfKind, notificationCategories } from './categories';

const { notificationPreferences } = schema;

/** `categoryOfKind` as a SQL CASE over a document kind column, so the rule is written once. */
export function categoryOfKindSql(kind: SQL): SQL {
  const branches = (Object.keys(categoryOfKind) as DocumentKind[]).map(
    (k) => sql`when ${k}::document_kind then ${categoryOfKind[k]}::notification_category`,
  );
  return sql`(case ${kind} ${sql.join(branches, sql` `)} end)`;
}

/** The contact's choice for the category of a document kind (SQL), the default when unset. */
export function choiceOfKindSql(contactId: SQL, kind: SQL): SQL {
  return sql`coalesce((select np.choice from ${notificationPreferences} np
    where np.contact_id = ${contactId} and np.category = ${categoryOfKindSql(kind)}), 'immediately'::notification_choice)`;
}

/**
 * Window expression: the categories present among all rows of the query (a text[]), so a query
 * that lists only the first rows still knows every category it covers.
 */
export function categoriesOverAllRowsSql(kind: SQL): SQL {
  const category = categoryOfKindSql(kind);
  const present = notificationCategories.map(
    (c) => sql`case when bool_or(${category} = ${c}::notification_category) over () then ${c} end`,
  );
  return sql`array_remove(array[${sql.join(present, sql`, `)}]::text[], null)`;
}
