import type { DbOrTx } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { ValidationError } from '../errors';

/** One month of the series: what reached the office through the portal and around it. */
export interface ChannelShiftMonth {
  /** `YYYY-MM`, in the report's time zone. */
  month: string;
  /** Portal messages written by contacts (office replies are not customers reaching out). */
  portalMessages: number;
  /** Service requests raised in the portal. */
  serviceRequests: number;
  /** Inbound emails and calls the office logged (a tally counts as its number). */
  emails: number;
  calls: number;
  /** (messages + requests) / all four; null in a month with nothing at all. */
  portalShare: number | null;
}

export interface ChannelShiftReport {
  period: { from: string; to: string; timeZone: string };
  months: ChannelShiftMonth[];
  totals: Omit<ChannelShiftMonth, 'month'>;
}

export interface ChannelShiftInput {
  /** First month, `YYYY-MM`; defaults to 11 months before `to` (12 in all). */
  from?: string | undefined;
  /** Last month, inclusive; defaults to the current month. */
  to?: string | undefined;
  /** Only these customers (account ids): as the adoption report's `customer` filter. */
  customerIds?: string[] | undefined;
}

/** Five years of months is plenty for a trend and keeps the answer small. */
export const MAX_CHANNEL_SHIFT_MONTHS = 60;
// Organizations have no time zone setting yet: months are UTC, as in the usage report's cohorts.
// The zone is a bound parameter so a per-organization zone only changes this constant's source.
const TIME_ZONE = 'UTC';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const monthIndex = (month: string) => {
  const [, y, m] = MONTH.exec(month) ?? [];
  return Number(y) * 12 + Number(m) - 1;
};
const monthOf = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

function checkPeriod(input: ChannelShiftInput, now: Date): { from: string; to: string } {
  const errors = (['from', 'to'] as const)
    .filter((field) => input[field] !== undefined && !MONTH.test(input[field] as string))
    .map((field) => ({ field, message: 'must be a month (YYYY-MM)' }));
  if (errors.length > 0) throw new ValidationError('The period is not valid.', errors);
  const to = input.to ?? now.toISOString().slice(0, 7);
  const from = input.from ?? monthOf(monthIndex(to) - 11);
  const span = monthIndex(to) - monthIndex(from) + 1;
  if (span < 1) {
    throw new ValidationError('The period is not valid.', [
      { field: 'from', message: 'must not be after to' },
    ]);
  }
  if (span > MAX_CHANNEL_SHIFT_MONTHS) {
    throw new ValidationError('The period is not valid.', [
      { field: 'from', message: `the period may cover at most ${MAX_CHANNEL_SHIFT_MONTHS} months` },
    ]);
  }
  return { from, to };
}

const shareOf = (portal: number, all: number) => (all > 0 ? portal / all : null);

type Row = { month: string; messages: number; requests: number; emails: number; calls: number };

/**
 * Channel shift: per month, portal messages and service requests beside the inbound emails and
 * calls the office logged, so the office sees whether the portal is replacing them. One statement:
 * a `generate_series` of months (so quiet months are zeros) left-joined to three per-month
 * aggregates, each scoped by the organization and reading only the period's rows.
 * With a customer filter, logged contacts without a customer are left out (nobody knows whose
 * they were); portal messages count through their thread's customer.
 */
export async function channelShiftReport(
  db: DbOrTx,
  ctx: Pick<OfficeContext, 'orgId'>,
  input: ChannelShiftInput,
  now = new Date(),
): Promise<ChannelShiftReport> {
  const { from, to } = checkPeriod(input, now);
  const org = ctx.orgId;
  const ids = input.customerIds ?? [];
  const only = (column: SQL): SQL =>
    ids.length > 0
      ? sql` and ${column} in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
  const start = sql`(${`${from}-01`}::date)::timestamp at time zone ${TIME_ZONE}`;
  const end = sql`((${`${to}-01`}::date) + interval '1 month')::timestamp at time zone ${TIME_ZONE}`;
  const monthOfTs = (column: SQL) => sql`date_trunc('month', ${column} at time zone ${TIME_ZONE})::date`;

  const result = await db.execute(sql`with months as (
      select m::date as month
        from generate_series(${`${from}-01`}::date, ${`${to}-01`}::date, interval '1 month') as m
    ),
    msg as (
      select ${monthOfTs(sql`m.created_at`)} as month, count(*)::int as n
        from messages m
        join message_threads t on t.id = m.thread_id and t.org_id = ${org}
       where m.org_id = ${org} and m.author_kind = 'contact'
         and m.created_at >= ${start} and m.created_at < ${end}${only(sql`t.account_id`)}
       group by 1
    ),
    req as (
      select ${monthOfTs(sql`r.created_at`)} as month, count(*)::int as n
        from service_requests r
       where r.org_id = ${org} and r.created_at >= ${start} and r.created_at < ${end}${only(sql`r.account_id`)}
       group by 1
    ),
    inb as (
      select ${monthOfTs(sql`i.occurred_at`)} as month,
             coalesce(sum(i.count) filter (where i.channel = 'email'), 0)::int as emails,
             coalesce(sum(i.count) filter (where i.channel = 'call'), 0)::int as calls
        from inbound_contacts i
       where i.org_id = ${org} and i.occurred_at >= ${start} and i.occurred_at < ${end}${only(sql`i.account_id`)}
       group by 1
    )
    select to_char(months.month, 'YYYY-MM') as month,
           coalesce(msg.n, 0) as messages, coalesce(req.n, 0) as requests,
           coalesce(inb.emails, 0) as emails, coalesce(inb.calls, 0) as calls
      from months
      left join msg on msg.month = months.month
      left join req on req.month = months.month
      left join inb on inb.month = months.month
     order by months.month`);

  const months = (result.rows as Row[]).map((row) => ({
    month: row.month,
    portalMessages: row.messages,
    serviceRequests: row.requests,
    emails: row.emails,
    calls: row.calls,
    portalShare: shareOf(row.messages + row.requests, row.messages + row.requests + row.emails + row.calls),
  }));
  const sum = (pick: (m: ChannelShiftMonth) => number) => months.reduce((n, m) => n + pick(m), 0);
  const totals = {
    portalMessages: sum((m) => m.portalMessages),
    serviceRequests: sum((m) => m.serviceRequests),
    emails: sum((m) => m.emails),
    calls: sum((m) => m.calls),
  };
  const portal = totals.portalMessages + totals.serviceRequests;
  return {
    period: { from, to, timeZone: TIME_ZONE },
    months,
    totals: { ...totals, portalShare: shareOf(portal, portal + totals.emails + totals.calls) },
  };
}
