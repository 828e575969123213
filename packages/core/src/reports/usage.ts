import type { ActivityType, DbOrTx } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import { runQueries } from '../concurrent-queries';
import type { OfficeContext } from '../context';
import { ValidationError } from '../errors';
import { invoiceOverdue } from '../portal-content/derived';

/** Activity that counts as "took an action" in the funnel: more than just signing in. */
export const actionActivityTypes = [
  'proposal_decided',
  'document_downloaded',
  'document_viewed',
  'search',
  'invoice_pay_clicked',
] as const;

/** How many at-risk accounts one answer lists; `total` gives the full count, exports give them all. */
const ACCOUNTS_LIMIT = 100;

export interface UsageFunnel {
  invited: number;
  opened: number;
  registered: number;
  active: number;
  tookAction: number;
}

export interface UsageCohort {
  /** `YYYY-MM` (UTC) of the contacts' first invitation. */
  month: string;
  invited: number;
  registered: number;
  active: number;
}

export interface AtRiskAccount {
  accountId: string;
  name: string;
  /** Published, open, severity critical, on the account's buildings. */
  openCriticalDefects: number;
  /** Published invoices of the account past due and not fully paid, and what is left to pay. */
  overdueInvoices: number;
  overdueAmount: number;
  /** Linked contacts with an email who are not enrolled (nor suspended): whom to invite. */
  invitableContacts: number;
}

export interface PortalUsage {
  period: { from: string | null; to: string };
  invitedContacts: number;
  activatedContacts: number;
  activationRate: number | null;
  monthlyActiveUsers: number;
  featureUsage: { feature: ActivityType; events: number }[];
  funnel: UsageFunnel;
  medianTimeToRegisterHours: number | null;
  cohorts: UsageCohort[];
  adoptionCurve: { weekStart: string; enrolledContacts: number }[];
  atRiskAccounts: { items: AtRiskAccount[]; total: number };
}

export interface PortalUsageInput {
  /** First day (UTC, `YYYY-MM-DD`) of invitations the funnel, median and cohorts look at. */
  from?: string;
  /** Last day, inclusive; defaults to today. */
  to?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Portal usage metrics of one organization, every number aggregated in SQL. `now` is the server's
 * clock, passed in so "the last 30 days" is one instant across every query of the answer.
 *
 * Definitions:
 * - invited contact: has an `invited` or `resent` event or an invitation row; first invited at
 *   the earliest of those.
 * - enrolled contact: `invite_status = 'enrolled'`; activated: enrolled and signed in at least
 *   once (`sign_in_count > 0` or a `sign_in` activity). The rate's numerator is taken among the
 *   invited contacts, so it never exceeds 1.
 * - active: a `sign_in` activity in the 30 days up to `now`.
 * - The funnel, the median and the cohorts cover contacts first invited within `from`..`to`.
 */
export async function portalUsage(
  db: DbOrTx,
  ctx: Pick<OfficeContext, 'orgId'>,
  input: PortalUsageInput,
  now: Date,
): Promise<PortalUsage> {
  const { from, to } = checkPeriod(input, now);
  const orgId = ctx.orgId;
  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const invited = invitedContacts(orgId);
  // Days are UTC days, whatever the session's time zone.
  const inPeriod = sql`i.first_invited_at >= ${from ?? '-infinity'}::date::timestamp at time zone 'UTC'
    and i.first_invited_at < (${to}::date + 1)::timestamp at time zone 'UTC'`;

  const [activation, active, features, funnel, median, cohorts, curve, accounts] = await runQueries(db, [
    () =>
      rows<{ invited: number; activated: number }>(
        db,
        sql`with invited as (${invited})
        select count(*)::int as invited,
          count(*) filter (where c.invite_status = 'enrolled' and (coalesce(pi.sign_in_count, 0) > 0
            or exists (select 1 from activity_events ae where ae.org_id = ${orgId}
              and ae.contact_id = i.contact_id and ae.type = 'sign_in')))::int as activated
        from invited i
        join contacts c on c.id = i.contact_id and c.org_id = ${orgId}
        left join portal_identities pi on pi.contact_id = i.contact_id and pi.org_id = ${orgId}`,
      ),
    () =>
      rows<{ users: number }>(
        db,
        sql`select count(distinct contact_id)::int as users from activity_events
        where org_id = ${orgId} and type = 'sign_in' and created_at > ${since} and created_at <= ${now}`,
      ),
    () =>
      rows<{ feature: ActivityType; events: number }>(
        db,
        sql`select t.type::text as feature, count(ae.id)::int as events
        from unnest(enum_range(null::activity_type)) as t(type)
        left join activity_events ae on ae.type = t.type and ae.org_id = ${orgId}
          and ae.created_at > ${since} and ae.created_at <= ${now}
        group by t.type order by t.type`,
      ),
    () =>
      rows<UsageFunnel>(
        db,
        sql`with invited as (${invited}), stages as (${stages(orgId, since, now)} where ${inPeriod})
        select count(*)::int as invited,
          count(*) filter (where opened)::int as opened,
          count(*) filter (where registered)::int as registered,
          count(*) filter (where active)::int as active,
          count(*) filter (where acted)::int as "tookAction"
        from stages`,
      ),
    () =>
      rows<{ hours: number | null }>(
        db,
        sql`with invited as (${invited}), firsts as (
          select i.contact_id,
            (select min(e.created_at) from invitation_events e where e.org_id = ${orgId}
              and e.contact_id = i.contact_id and e.type = 'invited') as invited_at,
            (select min(e.created_at) from invitation_events e where e.org_id = ${orgId}
              and e.contact_id = i.contact_id and e.type = 'registered') as registered_at
          from invited i where ${inPeriod})
        select (percentile_cont(0.5) within group (
            order by extract(epoch from registered_at - invited_at) / 3600))::float8 as hours
        from firsts where registered_at >= invited_at`,
      ),
    () =>
      rows<UsageCohort>(
        db,
        sql`with invited as (${invited}), stages as (${stages(orgId, since, now)} where ${inPeriod})
        select to_char(date_trunc('month', first_invited_at at time zone 'UTC'), 'YYYY-MM') as month,
          count(*)::int as invited,
          count(*) filter (where registered)::int as registered,
          count(*) filter (where active)::int as active
        from stages group by 1 order by 1`,
      ),
    () =>
      rows<{ weekStart: string; enrolledContacts: number }>(
        db,
        // Weeks start on Monday (ISO), in UTC; each point counts contacts enrolled by the week's end.
        sql`with invited as (${invited}),
        weeks as (
          select generate_series(
            date_trunc('week', min(first_invited_at) at time zone 'UTC'),
            date_trunc('week', ${now}::timestamptz at time zone 'UTC'),
            interval '1 week') as week_start
          from invited having count(*) > 0)
        select to_char(w.week_start, 'YYYY-MM-DD') as "weekStart",
          (select count(*) from portal_identities pi where pi.org_id = ${orgId}
            and pi.enrolled_at < (w.week_start + interval '1 week') at time zone 'UTC')::int
            as "enrolledContacts"
        from weeks w order by w.week_start`,
      ),
    () => rows<AtRiskAccount & { total: number }>(db, atRiskAccountsQuery(orgId, ACCOUNTS_LIMIT)),
  ]);

  const { invited: invitedCount, activated } = activation[0] ?? { invited: 0, activated: 0 };
  return {
    period: { from: from ?? null, to },
    invitedContacts: invitedCount,
    activatedContacts: activated,
    activationRate: invitedCount === 0 ? null : activated / invitedCount,
    monthlyActiveUsers: active[0]?.users ?? 0,
    featureUsage: features,
    funnel: funnel[0] ?? { invited: 0, opened: 0, registered: 0, active: 0, tookAction: 0 },
    medianTimeToRegisterHours: median[0]?.hours ?? null,
    cohorts,
    adoptionCurve: curve,
    atRiskAccounts: {
      items: accounts.map(({ total: _total, ...account }) => account),
      total: accounts[0]?.total ?? 0,
    },
  };
}

function checkPeriod(input: PortalUsageInput, now: Date): { from?: string; to: string } {
  const errors = (['from', 'to'] as const)
    .filter((field) => input[field] !== undefined && !isDate(input[field]))
    .map((field) => ({ field, message: 'must be a date (YYYY-MM-DD)' }));
  if (errors.length > 0) throw new ValidationError('The period is not valid.', errors);
  const to = input.to ?? now.toISOString().slice(0, 10);
  if (input.from !== undefined && input.from > to) {
    throw new ValidationError('The period is not valid.', [
      { field: 'from', message: 'must not be after to' },
    ]);
  }
  return { from: input.from, to };
}

function isDate(value: string | undefined): boolean {
  return value !== undefined && DATE.test(value) && !Number.isNaN(Date.parse(value));
}

async function rows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  return (await db.execute(query)).rows as T[];
}

/** Contacts ever invited, with the time of their first invitation. */
function invitedContacts(orgId: string): SQL {
  return sql`select contact_id, min(at) as first_invited_at from (
      select contact_id, created_at as at from invitation_events
        where org_id = ${orgId} and type in ('invited', 'resent')
      union all
      select contact_id, created_at from invitations where org_id = ${orgId}
    ) x group by contact_id`;
}

/** Per invited contact (alias `i`, from the `invited` CTE): which funnel stages it reached. */
function stages(orgId: string, since: Date, now: Date): SQL {
  const actions = sql.join(
    actionActivityTypes.map((t) => sql`${t}`),
    sql`, `,
  );
  return sql`select i.contact_id, i.first_invited_at,
      exists (select 1 from invitation_events e where e.org_id = ${orgId}
        and e.contact_id = i.contact_id and e.type = 'link_opened') as opened,
      (exists (select 1 from invitation_events e where e.org_id = ${orgId}
        and e.contact_id = i.contact_id and e.type = 'registered')
        or exists (select 1 from portal_identities pi where pi.org_id = ${orgId}
          and pi.contact_id = i.contact_id)) as registered,
      exists (select 1 from activity_events ae where ae.org_id = ${orgId} and ae.contact_id = i.contact_id
        and ae.type = 'sign_in' and ae.created_at > ${since} and ae.created_at <= ${now}) as active,
      exists (select 1 from activity_events ae where ae.org_id = ${orgId} and ae.contact_id = i.contact_id
        and ae.type::text in (${actions}) and ae.created_at <= ${now}) as acted
    from invited i`;
}

/**
 * The at-risk list: active accounts that have something the customer should see now (an open
 * critical defect on one of their buildings, or an overdue invoice) and no enrolled, unsuspended
 * contact that could see it (none linked to the account, to one of its buildings, or as a user of
 * its client group). Only published defects and invoices count: the point is what an invited
 * contact would find in the portal, and an unpublished row is invisible there. Overdue is the one
 * definition of the portal (`due_on < current_date` and less paid than owed).
 * `invitableContacts`: linked contacts with an email, not enrolled and not suspended: whom to invite.
 */
export function atRiskAccountsQuery(orgId: string, limit?: number): SQL {
  // Set-based (aggregates, unions, hash joins): no subquery per account or per contact.
  return sql`with critical as (
      select b.account_id, count(*)::int as n
        from defects d join buildings b on b.id = d.building_id
       where d.org_id = ${orgId} and b.org_id = ${orgId} and d.published
         and d.status = 'open' and d.severity = 'critical'
       group by b.account_id
    ),
    overdue as (
      select documents.account_id, count(*)::int as n,
             sum(coalesce(documents.amount, 0) - coalesce(documents.amount_paid, 0))::float8 as amount
        from documents
       where documents.org_id = ${orgId} and documents.published and ${invoiceOverdue()}
       group by documents.account_id
    ),
    flagged as (
      select a.id, a.name, a.client_group_id, coalesce(cr.n, 0) as critical,
             coalesce(ov.n, 0) as overdue, coalesce(ov.amount, 0) as overdue_amount
        from accounts a
        left join critical cr on cr.account_id = a.id
        left join overdue ov on ov.account_id = a.id
       where a.org_id = ${orgId} and a.active and (cr.n > 0 or ov.n > 0)
    ),
    links as (
      select ca.account_id, ca.contact_id from contact_accounts ca
        join flagged f on f.id = ca.account_id
       where ca.org_id = ${orgId}
      union
      select b.account_id, cb.contact_id from contact_buildings cb
        join buildings b on b.id = cb.building_id
        join flagged f on f.id = b.account_id
       where cb.org_id = ${orgId} and b.org_id = ${orgId}
      union
      select f.id, c.id from flagged f
        join contacts c on c.client_group_id = f.client_group_id
       where c.org_id = ${orgId}
    ),
    people as (
      select l.account_id,
             bool_or(c.invite_status = 'enrolled' and not c.suspended) as has_enrolled,
             (count(*) filter (where coalesce(c.email, '') <> '' and c.invite_status <> 'enrolled'
               and not c.suspended))::int as invitable
        from links l join contacts c on c.id = l.contact_id
       where c.org_id = ${orgId}
       group by l.account_id
    )
    select f.id as "accountId", f.name, f.critical as "openCriticalDefects",
           f.overdue as "overdueInvoices", f.overdue_amount as "overdueAmount",
           coalesce(p.invitable, 0) as "invitableContacts",
           (count(*) over ())::int as total
      from flagged f
      left join people p on p.account_id = f.id
     where not coalesce(p.has_enrolled, false)
     order by lower(f.name), f.id
     ${limit === undefined ? sql`` : sql`limit ${limit}`}`;
}
