import { schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import {
  buildingVisible,
  documentVisible,
  type PortalScope,
  visibleAccountIds,
} from '../portal-content/visibility';

const { documents, messageThreads } = schema;

/**
 * A thread the scope may see: the portal access rule (portal-content/visibility) applied to what
 * the thread is about, so a contact sees exactly the threads of the things it can see, and loses
 * them with its access. About a document: the document must be visible to it (published, of an
 * area it has, on a building or account it sees). About a building: the building is visible.
 * About the account itself: the account is one of its own (a building link alone does not open
 * the account's threads, as it does not open the account's own documents).
 */
export function threadVisible(scope: PortalScope): SQL {
  const t = messageThreads;
  const accountIn = scope.visible
    ? sql`${t.accountId} = any(${sql.param(scope.visible.accountIds)}::uuid[])`
    : sql`${t.accountId} in ${visibleAccountIds(scope.contact, scope.view)}`;
  return sql`(${t.orgId} = ${scope.contact.orgId} and (
    (${t.documentId} is not null and exists (select 1 from ${documents}
      where ${documents.id} = ${t.documentId} and ${documentVisible(scope)}))
    or (${t.documentId} is null and ${t.buildingId} is not null and ${buildingVisible(scope, t.buildingId)})
    or (${t.documentId} is null and ${t.buildingId} is null and ${accountIn})))`;
}
