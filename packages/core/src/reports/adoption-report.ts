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
 * The filtered set as CTEs, shared by the headline, both tables and the exports, computed once per
 * statement: `fpairs` (the contact/customer pairs that pass every filter, with the contact's
 * flags), `cust` (the customers shown, with `has_access` over all their contacts) and `emails`
 * (the contacts of the shown customers, once each).
 * The pairs come from `account_contact_pairs`, which triggers keep up to date (decision 016).
 */
function filteredSet(ctx: Pick<OfficeContext, 'orgId'>, f: AdoptionReportFilter): SQL {
  return isCounted(f) ? countedSet(ctx, f) : pairedSet(ctx, f);
}

/**
 * Without customer names or email filters, every number is a sum of the counts triggers maintain
 * per customer and per contact: no pair needs reading except a page's.
 */
function isCounted(f: AdoptionReportFilter): boolean {
  return (
    f.customerHasAccess === undefined &&
    !(f.customerIds && f.customerIds.length > 0) &&
    !f.customerName &&
    f.emailHasAccess === undefined &&
    !f.email &&
    !(f.inviteStatus && f.inviteStatus.length > 0)
  );
}

function countedSet(ctx: Pick<OfficeContext, 'orgId'>, f: AdoptionReportFilter): SQL {
  const org = ctx.orgId;
  const customers = f.customers ?? 'active';
  const active = customers === 'all' ? sql`true` : sql`a.active = ${customers === 'active'}`;
  const pairActive = customers === 'all' ? sql`true` : sql`p.account_active = ${customers === 'active'}`;
  return sql`with cust as not materialized (
      select a.id, a.name, a.active, a.adoption_contacts_with_access > 0 as has_access
        from accounts a
       where a.org_id = ${org} and ${active}
    ),
    fpairs as not materialized (
      select p.account_id, p.contact_id, p.has_access from account_contact_pairs p
       where p.org_id = ${org} and ${pairActive}
    ),
    emails as (
      select c.id as contact_id, coalesce(c.email, '') <> '' as has_email,
             ${contactAccess} as has_access, ${contactStatus} as status
        from contacts c
       where c.org_id = ${org} and ${belongsTo(customers)}
    )`;
}

/** Whether contact `c` belongs to one of the customers asked for, off its maintained counters. */
function belongsTo(customers: AdoptionCustomers): SQL {
  if (customers === 'active') return sql`c.adoption_active_customers > 0`;
  if (customers === 'inactive') return sql`c.adoption_inactive_customers > 0`;
  return sql`(c.adoption_active_customers > 0 or c.adoption_inactive_customers > 0)`;
}

/** Whether contact `c` is one of the set's `emails`. */
function emailMember(f: AdoptionReportFilter): SQL {
  return isCounted(f)
    ? belongsTo(f.customers ?? 'active')
    : sql`exists (select 1 from emails e where e.contact_id = c.id)`;
}

function pairedSet(ctx: Pick<OfficeContext, 'orgId'>, f: AdoptionReportFilter): SQL {
  const org = ctx.orgId;
  const accountWhere: SQL[] = [sql`a.org_id = ${org}`];
  const customers = f.customers ?? 'active';
  if (customers !== 'all') accountWhere.push(sql`a.active = ${customers === 'active'}`);
  if (f.customerIds && f.customerIds.length > 0) accountWhere.push(sql`a.id in (${list(f.customerIds)})`);
  if (f.customerName) accountWhere.push(sql`a.name ilike ${contains(f.customerName)}`);

  // The email filters are the contact's own attributes: evaluated once per pair, as `passes`.
  const contactWhere: SQL[] = [];
  if (f.emailHasAccess !== undefined) contactWhere.push(sql`${contactAccess} = ${f.emailHasAccess}`);
  if (f.email) contactWhere.push(sql`c.email ilike ${contains(f.email)}`);
  if (f.inviteStatus && f.inviteStatus.length > 0)
    contactWhere.push(sql`${contactStatus} in (${list(f.inviteStatus)})`);
  const emailFiltered = contactWhere.length > 0;
  const customerAccess = f.customerHasAccess !== undefined;

  // Whether a customer has access counts all its contacts, filtered or not: the maintained counter.
  return sql`with acc as materialized (
      select a.id, a.name, a.active, a.adoption_contacts_with_access > 0 as has_access
        from accounts a where ${sql.join(accountWhere, sql` and `)}
    ),
    pairs as materialized (
      select p.account_id, p.contact_id, acc.has_access as account_has_access,
             coalesce(c.email, '') <> '' as has_email,
             ${contactAccess} as has_access,
             ${contactStatus} as status,
             ${emailFiltered ? sql.join(contactWhere, sql` and `) : sql`true`} as passes
        from account_contact_pairs p
        join acc on acc.id = p.account_id
        join contacts c on c.id = p.contact_id
       where p.org_id = ${org} and c.org_id = ${org}
    ),
    fpairs as not materialized (
      select p.* from pairs p
       where p.passes${customerAccess ? sql` and p.account_has_access = ${f.customerHasAccess}` : sql``}
    ),
    cust as (
      select acc.* from acc
       where ${customerAccess ? sql`acc.has_access = ${f.customerHasAccess}` : sql`true`}
         -- With email filters, a customer is shown only when one of its contacts passes them.
         and ${emailFiltered ? sql`exists (select 1 from fpairs fp where fp.account_id = acc.id)` : sql`true`}
    ),
    emails as (
      select distinct contact_id, has_email, has_access, status from fpairs
    )`;
}

const contactAccess = sql`(c.invite_status = 'enrolled' and not c.suspended)`;
const contactStatus = sql`(case when c.suspended then 'suspended' else c.invite_status::text end)`;

/** The headline's CTEs, over `filteredSet`; `headline` is its one row. */
const headlineCtes = sql`customer_counts as (
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
    ),
    headline as (
      select cc.with_access as "customersWithAccess", cc.without_access as "customersWithoutAccess",
             ec.with_access as "emailsWithAccess", ec.without_access as "emailsWithoutAccess",
             ec.pending as "invitesPending", ec.expired as "invitesExpired",
             ec.not_sent as "invitesNotSent", ec.without_email as "contactsWithoutEmail",
             cc.total as "customerTotal", ec.total as "emailTotal"
        from customer_counts cc cross join email_counts ec
    )`;

type HeadlineRow = AdoptionHeadline & { customerTotal: number; emailTotal: number };

async function headlineOf(
  db: DbOrTx,
  ctx: Pick<OfficeContext, 'orgId'>,
  f: AdoptionReportFilter,
): Promise<HeadlineRow> {
  const result = await db.execute<HeadlineRow>(sql`${filteredSet(ctx, f)}, ${headlineCtes}
    select * from headline`);
  const row = result.rows[0];
  if (!row) throw new Error('the headline query returned no row');
  return row;
}

/** The headline and one page of a table, from one statement: the filtered set is built once. */
async function headlineAndPage<R>(db: DbOrTx, ctx: OfficeContext, f: AdoptionReportFilter, page: SQL) {
  const result = await db.execute<HeadlineRow & { rows: R[] }>(sql`${filteredSet(ctx, f)}, ${headlineCtes},
    ${page}
    select headline.*, (select coalesce(json_agg(page_rows order by ord), '[]') from page_rows) as rows
      from headline`);
  const row = result.rows[0];
  if (!row) throw new Error('the adoption report query returned no row');
  const { rows, ...headline } = row;
  return { headline, rows };
}

/** The customers page's CTEs: `page_rows`, in order (`ord`), counts only for the page's customers. */
function customerPage(page: PageRequest): SQL {
  const q = keysetPage(keysets.customers, page);
  return sql`page as (
      select cust.*, ${q.cursorKeys} as cursor_keys
        from cust
       where ${q.after ?? sql`true`}
       order by ${sql.join(q.orderBy, sql`, `)}
       limit ${q.limit}
    ),
    page_counts as (
      select account_id, count(*)::int as contacts, (count(*) filter (where has_access))::int as with_access
        from fpairs
       where account_id in (select id from page)
       group by account_id
    ),
    page_rows as (
      select cust.id as "accountId", cust.name, cust.active, cust.has_access as "hasAccess",
             coalesce(pc.contacts, 0) as contacts, coalesce(pc.with_access, 0) as "emailsWithAccess",
             cust.cursor_keys as "cursorKeys",
             -- Named as in the keyset, so its order applies to the page's rows.
             row_number() over (order by ${sql.join(q.orderBy, sql`, `)}) as ord
        from page cust
        left join page_counts pc on pc.account_id = cust.id
    )`;
}

/** Page rows as the statement's JSON carries them: dates as ISO strings, and the page order. */
type CustomerRowRaw = AdoptionCustomerRow & { cursorKeys: string[]; ord: number };
type EmailRowRaw = Omit<AdoptionEmailRow, 'lastSignInAt' | 'invitedAt'> & {
  lastSignInAt: string | null;
  invitedAt: string | null;
  cursorKeys: string[];
  ord: number;
};

/** ISO-8601 in UTC, so the driver's timestamp parsing never matters. */
const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const toDate = (value: string | null) => (value === null ? null : new Date(value));

/** The emails page's CTEs: `page_rows`, in order (`ord`), names and dates only for the page's contacts. */
function emailPage(ctx: OfficeContext, f: AdoptionReportFilter, page: PageRequest): SQL {
  const org = ctx.orgId;
  const q = keysetPage(keysets.emails, page);
  return sql`page as (
      select c.id, c.first_name, c.last_name, c.email, c.suspended, c.invite_status,
             ${q.cursorKeys} as cursor_keys
        from contacts c
       where c.org_id = ${org}
         -- Counted, the name index is read in order until the page is full.
         and ${emailMember(f)}
         and ${q.after ?? sql`true`}
       order by ${sql.join(q.orderBy, sql`, `)}
       limit ${q.limit}
    ),
    names as (
      select fp.contact_id, array_agg(a.name order by lower(a.name), a.id) as names
        from fpairs fp
        join accounts a on a.id = fp.account_id
       where fp.contact_id in (select id from page)
       group by fp.contact_id
    ),
    invited as (
      select i.contact_id, max(i.created_at) as at
        from invitations i
        join page on page.id = i.contact_id
       where i.org_id = ${org}
       group by i.contact_id
    ),
    page_rows as (
      select c.id as "contactId", trim(c.first_name || ' ' || c.last_name) as name, c.email,
             coalesce(n.names, '{}') as "accountNames",
             case when c.suspended then 'suspended' else c.invite_status::text end as "portalStatus",
             ${iso(sql`pi.last_sign_in_at`)} as "lastSignInAt",
             ${iso(sql`inv.at`)} as "invitedAt",
             c.cursor_keys as "cursorKeys",
             -- Named as in the keyset, so its order applies to the page's rows.
             row_number() over (order by ${sql.join(q.orderBy, sql`, `)}) as ord
        from page c
        left join names n on n.contact_id = c.id
        left join invited inv on inv.contact_id = c.id
        left join portal_identities pi on pi.contact_id = c.id and pi.org_id = ${org}
    )`;
}

/**
 * The portal adoption report: headline counts over the filtered customers and their contacts,
 * and one page of the table asked for. Everything is aggregated in PostgreSQL, in one statement
 * (the filtered set is the costly part; the page reuses it); only a page of rows reaches the process.
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
  // (JIT is off for the whole pool, packages/db/src/client.ts: it once cost more than this query.)
  if (table === 'customers') {
    const { headline, rows } = await headlineAndPage<CustomerRowRaw>(db, ctx, filter, customerPage(page));
    const { customerTotal, emailTotal: _emails, ...counts } = headline;
    const items = rows.map(({ ord: _ord, ...r }) => r);
    return { headline: counts, customers: toPage(items, page.limit, customerTotal), emails: null };
  }
  const { headline, rows } = await headlineAndPage<EmailRowRaw>(
    db,
    ctx,
    filter,
    emailPage(ctx, filter, page),
  );
  const { customerTotal: _customers, emailTotal, ...counts } = headline;
  const items = rows.map(({ ord: _ord, ...r }) => ({
    ...r,
    lastSignInAt: toDate(r.lastSignInAt),
    invitedAt: toDate(r.invitedAt),
  }));
  return { headline: counts, customers: null, emails: toPage(items, page.limit, emailTotal) };
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
    return sql`${filteredSet(ctx, filter)},
    counts as (
      select account_id, count(*)::int as contacts, (count(*) filter (where has_access))::int as with_access
        from fpairs
       group by account_id
    )
      select cust.id as "accountId", cust.name, cust.active, coalesce(fc.contacts, 0) as contacts,
             coalesce(fc.with_access, 0) as "emailsWithAccess", cust.has_access as "hasAccess"
        from cust
        left join counts fc on fc.account_id = cust.id
       order by lower(cust.name), cust.id`;
  }
  return sql`${filteredSet(ctx, filter)},
    names as (
      select fp.contact_id, array_agg(a.name order by lower(a.name), a.id) as names
        from fpairs fp
        join accounts a on a.id = fp.account_id
       group by fp.contact_id
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
