import { schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';

const { accountContactPairs, accounts, buildings, contactAccounts, contactBuildings, contacts } = schema;

/** The bulk invite tool's filters (the office's "Send Bulk Portal Invites" screen). */
export interface BatchFilter {
  division?: string;
  accountClass?: string;
  billGroup?: string;
  accountSource?: string;
  siteSource?: string;
  withActiveServices?: boolean;
  withBalanceDue?: boolean;
  billingContactsOnly?: boolean;
  withoutAutopay?: boolean;
  /** Default on: inactive customers have no portal access to be invited to. */
  activeCustomersOnly?: boolean;
}

export const batchCategories = [
  'total',
  'accepted',
  'pending',
  'notSent',
  'cannotInvite',
  'suspended',
] as const;
export type BatchCategory = (typeof batchCategories)[number];

function accountConditions(f: BatchFilter, orgId: string): SQL {
  const parts: SQL[] = [sql`a.org_id = ${orgId}`];
  if (f.activeCustomersOnly ?? true) parts.push(sql`a.active`);
  if (f.division) parts.push(sql`a.division = ${f.division}`);
  if (f.accountClass) parts.push(sql`a.account_class = ${f.accountClass}`);
  if (f.billGroup) parts.push(sql`a.bill_group = ${f.billGroup}`);
  if (f.accountSource) parts.push(sql`a.account_source = ${f.accountSource}`);
  if (f.withActiveServices) parts.push(sql`a.active_services_count > 0`);
  if (f.withBalanceDue) parts.push(sql`a.balance_due > 0`);
  if (f.withoutAutopay) parts.push(sql`not a.autopay`);
  return sql.join(parts, sql` and `);
}

/**
 * Contacts the tool reaches: linked to a matching account (as its billing contact, when asked),
 * or, unless only billing contacts are wanted, to a building of one. A site-source filter
 * narrows to accounts with such a site (account links) or to such sites (building links).
 *
 * Always `id in (…)` from the matching accounts, never `exists … or exists …` per contact: the
 * planner can start from the accounts (accounts_org_division_idx) instead of testing every
 * contact of the organization. Without a site or billing filter, the contact/customer pairs the
 * adoption triggers keep (decision 016: one row per pair, whether linked directly or through a
 * building) are exactly that set, one index away; the building branch otherwise joins every
 * building of the matching accounts.
 */
export function batchScope(f: BatchFilter, orgId: string): SQL {
  const accountMatch = accountConditions(f, orgId);
  if (!f.siteSource && !f.billingContactsOnly) {
    return sql`${contacts.id} in (select p.contact_id from ${accountContactPairs} p
      join ${accounts} a on a.id = p.account_id where ${accountMatch})`;
  }
  const accountSite = f.siteSource
    ? sql` and exists (select 1 from ${buildings} sb where sb.account_id = a.id and sb.site_source = ${f.siteSource})`
    : sql``;
  const billing = f.billingContactsOnly ? sql` and ca.is_billing_contact` : sql``;
  const viaAccount = sql`select ca.contact_id from ${contactAccounts} ca join ${accounts} a on a.id = ca.account_id
    where ${accountMatch}${billing}${accountSite}`;
  if (f.billingContactsOnly) return sql`${contacts.id} in (${viaAccount})`;
  const viaBuilding = sql`select cb.contact_id from ${contactBuildings} cb join ${buildings} b on b.id = cb.building_id
    join ${accounts} a on a.id = b.account_id where ${accountMatch} and b.site_source = ${f.siteSource}`;
  return sql`${contacts.id} in (${viaAccount} union ${viaBuilding})`;
}

/** Which contacts of the scope fall in each count of the preview. */
export function categoryCondition(category: BatchCategory): SQL | undefined {
  switch (category) {
    case 'total':
      return undefined;
    case 'accepted':
      return sql`${contacts.inviteStatus} = 'enrolled' and not ${contacts.suspended}`;
    case 'pending':
      return sql`${contacts.inviteStatus} = 'invited' and not ${contacts.suspended} and ${contacts.email} is not null`;
    case 'notSent':
      return sql`${contacts.inviteStatus} in ('not_invited', 'expired') and not ${contacts.suspended} and ${contacts.email} is not null`;
    case 'cannotInvite':
      return sql`${contacts.email} is null`;
    case 'suspended':
      return sql`${contacts.suspended} and ${contacts.email} is not null`;
  }
}
