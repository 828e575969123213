import { type DbOrTx, schema } from '@portico/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { ForbiddenError, ValidationError } from '../errors';
import type { PortalContact } from './portal-contacts';

const { accounts, buildings, clientGroups, contactAccounts, contactBuildings } = schema;

/**
 * What a customer can switch between. A client-group user sees the whole group or one client;
 * anyone else sees all their accounts together or one of them.
 */
export type PortalView =
  | { kind: 'group'; id: string; name: string }
  | { kind: 'all' }
  | { kind: 'account'; id: string; name: string };

export interface PortalViews {
  views: PortalView[];
  defaultView: PortalView;
}

export const viewKey = (v: PortalView) => (v.kind === 'all' ? 'all' : `${v.kind}:${v.id}`);

export async function portalViews(db: DbOrTx, contact: PortalContact): Promise<PortalViews> {
  if (contact.clientGroupId) {
    const [group] = await db
      .select({ id: clientGroups.id, name: clientGroups.name })
      .from(clientGroups)
      .where(and(eq(clientGroups.orgId, contact.orgId), eq(clientGroups.id, contact.clientGroupId)))
      .limit(1);
    if (group) {
      const groupAccounts = await db
        .select({ id: accounts.id, name: accounts.name })
        .from(accounts)
        .where(
          and(
            eq(accounts.orgId, contact.orgId),
            eq(accounts.clientGroupId, group.id),
            eq(accounts.active, true),
          ),
        )
        .orderBy(asc(accounts.name));
      const groupView: PortalView = { kind: 'group', ...group };
      return {
        views: [groupView, ...groupAccounts.map((a) => ({ kind: 'account' as const, ...a }))],
        defaultView: groupView,
      };
    }
  }
  // The accounts the contact is linked to, or holds a building of: a union of its own links, so
  // each side is an index walk (as one `where … or …` over joins it tested every building of the
  // organization, on every portal request).
  const linked = await db
    .select({ id: accounts.id, name: accounts.name })
    .from(accounts)
    .where(
      and(
        eq(accounts.orgId, contact.orgId),
        eq(accounts.active, true),
        sql`${accounts.id} in (
          select ca.account_id from ${contactAccounts} ca where ca.contact_id = ${contact.id}
          union
          select b.account_id from ${contactBuildings} cb join ${buildings} b on b.id = cb.building_id
           where cb.contact_id = ${contact.id})`,
      ),
    )
    .orderBy(asc(accounts.name));
  const all: PortalView = { kind: 'all' };
  return { views: [all, ...linked.map((a) => ({ kind: 'account' as const, ...a }))], defaultView: all };
}

/**
 * Checks the view a request asks for (`all`, `group:<id>`, `account:<id>`) against what the contact
 * may see, and answers it with the contact's views, so the caller need not look them up again.
 */
export async function resolvePortalView(
  db: DbOrTx,
  contact: PortalContact,
  requested: string | undefined,
): Promise<{ view: PortalView; views: PortalViews }> {
  // Checked before any query: a malformed header costs nothing.
  if (requested && !/^(all|(group|account):[0-9a-f-]{36})$/i.test(requested)) {
    throw new ValidationError('The portal view is not valid.', [
      { field: 'x-portal-view', message: 'must be all, group:<id> or account:<id>' },
    ]);
  }
  const views = await portalViews(db, contact);
  if (!requested) return { view: views.defaultView, views };
  const match = views.views.find((v) => viewKey(v) === requested.toLowerCase());
  if (!match) {
    // A code the portal can act on: the view was valid once (e.g. a client left the group), so pick another.
    const error = new ForbiddenError('You do not have access to this view.');
    Object.assign(error.extra, { code: 'view_not_allowed' });
    throw error;
  }
  return { view: match, views };
}
