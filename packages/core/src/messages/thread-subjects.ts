import { type DbOrTx, schema } from '@portico/db';
import { and, eq, sql } from 'drizzle-orm';
import { NotFoundError, ValidationError } from '../errors';
import {
  buildingVisible,
  documentVisible,
  type PortalScope,
  visibleAccountIds,
} from '../portal-content/visibility';

const { accounts, buildings, documents } = schema;

/** What a new thread is about: exactly one of the three. */
export interface ThreadAbout {
  accountId?: string | undefined;
  buildingId?: string | undefined;
  documentId?: string | undefined;
}

export interface ResolvedSubject {
  accountId: string;
  buildingId: string | null;
  documentId: string | null;
}

/**
 * The subject of a new thread, checked against the contact's access (the same rule as
 * `threadVisible`): something the contact cannot see is "not found", whoever asks (the contact
 * itself, or the office writing to it).
 */
export async function resolveThreadSubject(
  db: DbOrTx,
  scope: PortalScope,
  about: ThreadAbout,
): Promise<ResolvedSubject> {
  const given = [about.accountId, about.buildingId, about.documentId].filter(Boolean);
  if (given.length !== 1) {
    throw new ValidationError('Say what the message is about: one account, building or document.', [
      { field: 'about', message: 'exactly one of accountId, buildingId, documentId' },
    ]);
  }
  const orgId = scope.contact.orgId;
  if (about.documentId) {
    const [row] = await db
      .select({ accountId: documents.accountId, buildingId: documents.buildingId })
      .from(documents)
      .where(and(eq(documents.orgId, orgId), eq(documents.id, about.documentId), documentVisible(scope)))
      .limit(1);
    if (!row) throw new NotFoundError('Document');
    return { accountId: row.accountId, buildingId: row.buildingId, documentId: about.documentId };
  }
  if (about.buildingId) {
    const [row] = await db
      .select({ accountId: buildings.accountId })
      .from(buildings)
      .where(
        and(
          eq(buildings.orgId, orgId),
          eq(buildings.id, about.buildingId),
          buildingVisible(scope, buildings.id),
        ),
      )
      .limit(1);
    if (!row) throw new NotFoundError('Building');
    return { accountId: row.accountId, buildingId: about.buildingId, documentId: null };
  }
  const accountId = about.accountId as string;
  const [row] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(
      and(
        eq(accounts.orgId, orgId),
        eq(accounts.id, accountId),
        sql`${accounts.id} in ${visibleAccountIds(scope.contact, scope.view)}`,
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError('Account');
  return { accountId, buildingId: null, documentId: null };
}
