import { type DbOrTx, defaultPortalPanels, type PortalPanels, schema } from '@portico/db';
import { sql } from 'drizzle-orm';
import { type PortalScope, visibleAccountIds, visibleBuildingIds } from '../portal-content/visibility';

const { accounts, buildings, organizations } = schema;

const panelNames = Object.keys(defaultPortalPanels) as (keyof PortalPanels)[];

/**
 * The dashboard layout a customer gets in a view. Each panel shows only if every account in the
 * view (that the contact can see) shows it: the account's override, else the organization's
 * default. An office that hides a panel for one client must not see it reappear in the group or
 * "all my properties" view that contains that client.
 */
export async function effectivePanels(db: DbOrTx, scope: PortalScope): Promise<PortalPanels> {
  const { contact, view } = scope;
  // Accounts reached through an account/group link, or through a linked building (a union, not
  // an `or`, so each side is an index walk rather than a test of every account).
  const result = await db.execute<{
    org: Partial<PortalPanels> | null;
    overrides: (Partial<PortalPanels> | null)[];
  }>(sql`
    select o.portal_panels as org,
      coalesce((select json_agg(a.portal_panels) from ${accounts} a
        where a.org_id = ${contact.orgId}
          and a.id in (select v.id from ${visibleAccountIds(contact, view)} v
            union select vb.account_id from ${buildings} vb where vb.id in ${visibleBuildingIds(contact, view)})
      ), '[]'::json) as overrides
    from ${organizations} o where o.id = ${contact.orgId}`);
  const row = result.rows[0];
  return combinePanels({ ...defaultPortalPanels, ...(row?.org ?? {}) }, row?.overrides ?? []);
}

/** AND over the accounts of (override ?? default); the default alone when there is no account. */
export function combinePanels(
  orgDefault: PortalPanels,
  overrides: readonly (Partial<PortalPanels> | null)[],
): PortalPanels {
  const panels = { ...orgDefault };
  if (overrides.length === 0) return panels;
  for (const name of panelNames) {
    panels[name] = overrides.every((o) => o?.[name] ?? orgDefault[name]);
  }
  return panels;
}
