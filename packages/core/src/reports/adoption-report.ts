import type { DbOrTx } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import type { PortalStatus } from '../contacts/portal-status';
import type { OfficeContext } from '../context';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';

export type AdoptionCustomers = 'active' | 'inactive' | 'all';
export type AdoptionTable = 'customers' | 'emails';

export interface AdoptionReportFilter {
  /** Which accounts: active (the default, since inactive customers lose portal access), inactive or all. */
  customers?: AdoptionCustomers;
  /** Accounts with (or without) at least one contact that has portal access. */
  customerHasAccess?: boolean;
  customerIds?: string[];
  /** Account name contains (case-insensitive). */
  customerName?: string;
  /** Contacts that are (or are not) enrolled and unsuspended. */
  emailHasAccess?: boolean;
  /** Email contains (case-insensitive). */
  email?: string;
  inviteStatus?: PortalStatus[];
}

/** The filters as the API's query spells them (and as schedules and alerts store them). */
export interface AdoptionFilterQuery {
  customers?: AdoptionCustomers;
  customerHasAccess?: 'yes' | 'no';
  customer?: string[];
  customerName?: string;
  emailHasAccess?: 'yes' | 'no';
  email?: string;
  inviteStatus?: PortalStatus[];
}

const yesNo = (value: 'yes' | 'no' | undefined) => (value === undefined ? undefined : value === 'yes');

export function adoptionFilterOf(q: AdoptionFilterQuery): AdoptionReportFilter {
  return {
    customers: q.customers,
    customerHasAccess: yesNo(q.customerHasAccess),
    customerIds: q.customer,
    customerName: q.customerName,
    emailHasAccess: yesNo(q.emailHasAccess),
    email: q.email,
    inviteStatus: q.inviteStatus,
  };
}

export type AdoptionHeadline = {
  customersWithAccess: number;
  customersWithoutAccess: number;
  emailsWithAccess: number;
  emailsWithoutAccess: number;
  invitesPending: number;
  invitesExpired: number;
  invitesNotSent: number;
  contactsWithoutEmail: number;
};

export type AdoptionCustomerRow = {
  accountId: string;
  name: string;
  active: boolean;
  /** Contacts of the account that pass the email filters. */
  contacts: number;
  emailsWithAccess: number;
  hasAccess: boolean;
};

export type AdoptionEmailRow = {
  contactId: string;
  name: string;
  email: string | null;
  /** The filtered customers the contact belongs to, directly or through a building. */
  accountNames: string[];
  portalStatus: PortalStatus;
  lastSignInAt: Date | null;
  invitedAt: Date | null;
};

export interface AdoptionReport {
  headline: AdoptionHeadline;
  customers: Page<AdoptionCustomerRow> | null;
  emails: Page<AdoptionEmailRow> | null;
}

const keysets: Record<AdoptionTable, Keyset> = {
  customers: { keys: [sql`lower(cust.name)`, sql`cust.id`], types: ['text', 'uuid'] },
  emails: {
    keys: [sql`lower(c.last_name)`, sql`lower(c.first_name)`, sql`c.id`],
    types: ['text', 'text', 'uuid'],
  },
};

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

const contains = (text: string) => `%${escapeLike(text.trim())}%`;

/**
 * The filtered set as CTEs, shared by the headline and both tables:
 * `cust` (the customers shown, with `has_access` over all their contacts) and `fpairs` (the
 * contact/account pairs that pass every filter, one row per contact and customer).
 */
function filteredSet(ctx: Pick<OfficeContext, 'orgId'>, f: AdoptionReportFilter): SQL {
  const org = ctx.orgId;
  const accountWhere: SQL[] = [sql`a.org_id = ${org}`];
  const customers = f.customers ?? 'active';
  if (customers !== 'all') accountWhere.push(sql`a.active = ${customers === 'active'}`);
  if (f.customerIds && f.customerIds.length > 0) accountWhere.push(sql`a.id in (${list(f.customerIds)})`);
  if (f.customerName) accountWhere.push(sql`a.name ilike ${contains(f.customerName)}`);

  const customerAccess =
    f.customerHasAccess === undefined ? sql`true` : sql`fa.has_access = ${f.customerHasAccess}`;

  const pairWhere: SQL[] = [sql`true`];
  if (f.emailHasAccess !== undefined) pairWhere.push(sql`p.has_access = ${f.emailHasAccess}`);
  if (f.email) pairWhere.push(sql`p.email ilike ${contains(f.email)}`);
  if (f.inviteStatus && f.inviteStatus.length > 0) pairWhere.push(sql`p.status in (${list(f.inviteStatus)})`);
  const emailFiltered = pairWhere.length > 1;

  return sql`with acc as (
      select a.id, a.name, a.active from accounts a where ${sql.join(accountWhere, sql` and `)}
    ),
    links as (
      select ca.account_id, ca.contact_id from contact_accounts ca
        join acc on acc.id = ca.account_id
       where ca.org_id = ${org}
      union
      select b.account_id, cb.contact_id from buildings b
        join acc on acc.id = b.account_id
        join contact_buildings cb on cb.building_id = b.id
       where b.org_id = ${org} and cb.org_id = ${org}
    ),
    pairs as (
      select l.account_id, acc.name as account_name, c.id as contact_id, c.email,
             coalesce(c.email, '') <> '' as has_email,
             (c.invite_status = 'enrolled' and not c.suspended) as has_access,
             case when c.suspended then 'suspended' else c.invite_status::text end as status
        from links l
        join acc on acc.id = l.account_id
        join contacts c on c.id = l.contact_id
       where c.org_id = ${org}
    ),
    -- Aggregates and hash joins, never a subquery per row: the CTEs are materialized and unindexed.
    fa as (
      select acc.id, acc.name, acc.active, coalesce(bool_or(p.has_access), false) as has_access
        from acc
        left join pairs p on p.account_id = acc.id
       group by acc.id, acc.name, acc.active
    ),
    fpairs as (
      select p.* from pairs p
        join fa on fa.id = p.account_id
       where ${customerAccess} and ${sql.join(pairWhere, sql` and `)}
    ),
    fcounts as (
      select account_id, count(*)::int as contacts, (count(*) filter (where has_access))::int as with_access
        from fpairs
       group by account_id
    ),
    cust as (
      select fa.*, coalesce(fc.contacts, 0) as contacts, coalesce(fc.with_access, 0) as emails_with_access
        from fa
        left join fcounts fc on fc.account_id = fa.id
       where ${customerAccess}
         -- With email filters, a customer is shown only when one of its contacts passes them.
         and ${emailFiltered ? sql`fc.contacts > 0` : sql`true`}
    )`;
}

type HeadlineRow = AdoptionHeadline & { customerTotal: number; emailTotal: number };

async function headlineOf(
  db: DbOrTx,
  ctx: Pick<OfficeContext, 'orgId'>,
  f: AdoptionReportFilter,
): Promise<HeadlineRow> {
  const result = await db.execute<HeadlineRow>(sql`${filteredSet(ctx, f)},
    emails as (
      select distinct contact_id, has_email, has_access, status from fpairs
    ),
    customer_counts as (
      select count(*) filter (where has_access)::int as with_access,
             count(*) filter (where not has_access)::int as without_access,
             count(*)::int as total
        from cust
    ),
    email_counts as (
      select count(*) filter (where has_access)::int as with_access,
             count(*) filter (where has_email and not has_access)::int as without_access,
             count(*) filter (where status = 'invited')::int as pending,
             count(*) filter (where status = 'expired')::int as expired,
             count(*) filter (where status = 'not_invited' and has_email)::int as not_sent,
             count(*) filter (where not has_email)::int as without_email,
             count(*)::int as total
        from emails
    )
    select cc.with_access as "customersWithAccess", cc.without_access as "customersWithoutAccess",
           ec.with_access as "emailsWithAccess", ec.without_access as "emailsWithoutAccess",
           ec.pending as "invitesPending", ec.expired as "invitesExpired",
           ec.not_sent as "invitesNotSent", ec.without_email as "contactsWithoutEmail",
           cc.total as "customerTotal", ec.total as "emailTotal"
      from customer_counts cc cross join email_counts ec`);
  const row = result.rows[0];
  if (!row) throw new Error('the headline query returned no row');
  return row;
}

async function customerRows(
  db: DbOrTx,
  ctx: OfficeContext,
  f: AdoptionReportFilter,
  page: PageRequest,
): Promise<(AdoptionCustomerRow & { cursorKeys: string[] })[]> {
  const q = keysetPage(keysets.customers, page);
  const result = await db.execute<AdoptionCustomerRow & { cursorKeys: string[] }>(sql`${filteredSet(ctx, f)}
    select cust.id as "accountId", cust.name, cust.active, cust.has_access as "hasAccess",
           cust.contacts, cust.emails_with_access as "emailsWithAccess",
           ${q.cursorKeys} as "cursorKeys"
      from cust
     where ${q.after ?? sql`true`}
     order by ${sql.join(q.orderBy, sql`, `)}
     limit ${q.limit}`);
  return result.rows;
}

type EmailRowRaw = Omit<AdoptionEmailRow, 'lastSignInAt' | 'invitedAt'> & {
  lastSignInAt: string | null;
  invitedAt: string | null;
  cursorKeys: string[];
};

/** ISO-8601 in UTC, so the driver's timestamp parsing never matters. */
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const toDate = (value: string | null) => (value === null ? null : new Date(value));

async function emailRows(
  db: DbOrTx,
  ctx: OfficeContext,
  f: AdoptionReportFilter,
  page: PageRequest,
): Promise<(AdoptionEmailRow & { cursorKeys: string[] })[]> {
  const org = ctx.orgId;
  const q = keysetPage(keysets.emails, page);
  const result = await db.execute<EmailRowRaw>(sql`${filteredSet(ctx, f)},
    page as (
      select c.id, c.first_name, c.last_name, c.email, c.suspended, c.invite_status,
             ${q.cursorKeys} as cursor_keys
        from contacts c
       where c.org_id = ${org}
         and c.id in (select contact_id from fpairs)
         and ${q.after ?? sql`true`}
       order by ${sql.join(q.orderBy, sql`, `)}
       limit ${q.limit}
    ),
    names as (
      select fp.contact_id, array_agg(fp.account_name order by lower(fp.account_name), fp.account_id) as names
        from fpairs fp
        join page on page.id = fp.contact_id
       group by fp.contact_id
    ),
    invited as (
      select i.contact_id, max(i.created_at) as at
        from invitations i
        join page on page.id = i.contact_id
       where i.org_id = ${org}
       group by i.contact_id
    )
    select c.id as "contactId", trim(c.first_name || ' ' || c.last_name) as name, c.email,
           coalesce(n.names, '{}') as "accountNames",
           case when c.suspended then 'suspended' else c.invite_status::text end as "portalStatus",
           ${iso(sql`pi.last_sign_in_at`)} as "lastSignInAt",
           ${iso(sql`inv.at`)} as "invitedAt",
           c.cursor_keys as "cursorKeys"
      from page c
      left join names n on n.contact_id = c.id
      left join invited inv on inv.contact_id = c.id
      left join portal_identities pi on pi.contact_id = c.id and pi.org_id = ${org}
     order by ${sql.join(q.orderBy, sql`, `)}`);
  return result.rows.map((r) => ({
    ...r,
    lastSignInAt: toDate(r.lastSignInAt),
    invitedAt: toDate(r.invitedAt),
  }));
}

/**
 * The portal adoption report: headline counts over the filtered customers and their contacts,
 * and one page of the table asked for. Everything is aggregated in PostgreSQL; only a page of
 * rows ever reaches the process.
 */
export async function getPortalAdoptionReport(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: AdoptionReportFilter,
  page: PageRequest & { table?: AdoptionTable },
): Promise<AdoptionReport> {
  const table = page.table ?? 'customers';
  // A bad cursor is a 400 before the headline's aggregate is paid for.
  keysetPage(keysets[table], page);
  // The headline and the page are independent statements; run them side by side.
  if (table === 'customers') {
    const [{ customerTotal, emailTotal: _emails, ...headline }, rows] = await Promise.all([
      headlineOf(db, ctx, filter),
      customerRows(db, ctx, filter, page),
    ]);
    return { headline, customers: toPage(rows, page.limit, customerTotal), emails: null };
  }
  const [{ customerTotal: _customers, emailTotal, ...headline }, rows] = await Promise.all([
    headlineOf(db, ctx, filter),
    emailRows(db, ctx, filter, page),
  ]);
  return { headline, customers: null, emails: toPage(rows, page.limit, emailTotal) };
}

/** The headline alone (exports, alert metrics): the same counts as the report's. */
export async function getAdoptionHeadline(
  db: DbOrTx,
  ctx: Pick<OfficeContext, 'orgId'>,
  filter: AdoptionReportFilter,
): Promise<AdoptionHeadline> {
  const { customerTotal: _c, emailTotal: _e, ...headline } = await headlineOf(db, ctx, filter);
  return headline;
}

/** A customers-table row as exports stream it: the report's row, ordered as the report pages it. */
export type AdoptionCustomerExportRow = AdoptionCustomerRow;
/** An emails-table row as exports stream it; times are ISO-8601 strings (UTC) or null. */
export type AdoptionEmailExportRow = Omit<AdoptionEmailRow, 'lastSignInAt' | 'invitedAt'> & {
  lastSignInAt: string | null;
  invitedAt: string | null;
};

/**
 * Every row of one table, unpaginated, in the report's order: for exports, which read it through
 * a cursor a page at a time (never the whole result in memory).
 */
export function adoptionTableQuery(
  ctx: Pick<OfficeContext, 'orgId'>,
  filter: AdoptionReportFilter,
  table: AdoptionTable,
): SQL {
  const org = ctx.orgId;
  if (table === 'customers') {
    return sql`${filteredSet(ctx, filter)}
      select cust.id as "accountId", cust.name, cust.active, cust.contacts,
             cust.emails_with_access as "emailsWithAccess", cust.has_access as "hasAccess"
        from cust
       order by lower(cust.name), cust.id`;
  }
  return sql`${filteredSet(ctx, filter)},
    names as (
      select contact_id, array_agg(account_name order by lower(account_name), account_id) as names
        from fpairs
       group by contact_id
    ),
    invited as (
      select contact_id, max(created_at) as at from invitations where org_id = ${org} group by contact_id
    )
    select c.id as "contactId", trim(c.first_name || ' ' || c.last_name) as name, c.email,
           n.names as "accountNames",
           case when c.suspended then 'suspended' else c.invite_status::text end as "portalStatus",
           ${iso(sql`pi.last_sign_in_at`)} as "lastSignInAt",
           ${iso(sql`inv.at`)} as "invitedAt"
      from contacts c
      join names n on n.contact_id = c.id
      left join invited inv on inv.contact_id = c.id
      left join portal_identities pi on pi.contact_id = c.id and pi.org_id = ${org}
     where c.org_id = ${org}
     order by lower(c.last_name), lower(c.first_name), c.id`;
}
