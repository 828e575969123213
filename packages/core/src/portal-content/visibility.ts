import { schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import type { PortalContact } from '../portal-auth/portal-contacts';
import type { PortalView } from '../portal-auth/portal-views';

const { accounts, buildings, contactAccounts, contactBuildings } = schema;

/**
 * THE access rule: the ids of the buildings a contact may see in a view, as a subquery every
 * portal content query filters by (`building_id in (…)`). A contact linked to an account sees
 * all of its buildings, present and future; linked to a building, that building; a client-group
 * user, every building of the group's accounts. Inactive accounts show nothing. A view narrows
 * this to one account (or the group); it never widens it, since the view was checked against the
 * same links when the request was authenticated.
 *
 * Content rows add the other two conditions themselves: published, and an area the contact's
 * access allows (`contact.access`).
 */
export function visibleBuildingIds(contact: PortalContact, view: PortalView): SQL {
  const viaGroup = contact.clientGroupId ? sql`or a.client_group_id = ${contact.clientGroupId}` : sql``;
  const inView =
    view.kind === 'account'
      ? sql`and a.id = ${view.id}`
      : view.kind === 'group'
        ? sql`and a.client_group_id = ${view.id}`
        : sql``;
  return sql`(select b.id from ${buildings} b join ${accounts} a on a.id = b.account_id
    where b.org_id = ${contact.orgId} and a.org_id = ${contact.orgId} and a.active ${inView}
      and (
        exists (select 1 from ${contactAccounts} ca where ca.contact_id = ${contact.id} and ca.account_id = a.id)
        or exists (select 1 from ${contactBuildings} cb where cb.contact_id = ${contact.id} and cb.building_id = b.id)
        ${viaGroup}
      ))`;
}
