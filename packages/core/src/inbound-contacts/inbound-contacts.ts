import { type DbOrTx, schema } from '@portico/db';
import { and, count, eq, gte, lt, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';

const { accounts, inboundContacts } = schema;
type InboundChannel = schema.InboundChannel;
type InboundSource = schema.InboundSource;

export interface InboundContact {
  id: string;
  channel: InboundChannel;
  occurredAt: Date;
  /** How many emails or calls this entry stands for (a tally when more than 1). */
  count: number;
  accountId: string | null;
  accountName: string | null;
  subject: string | null;
  source: InboundSource;
  externalId: string | null;
  createdAt: Date;
}

export interface InboundContactFilter {
  channel?: InboundChannel | undefined;
  source?: InboundSource | undefined;
  accountId?: string | undefined;
  /** First day (UTC, `YYYY-MM-DD`) of `occurredAt`. */
  from?: string | undefined;
  /** Last day, inclusive. */
  to?: string | undefined;
}

export interface InboundContactInput {
  channel: InboundChannel;
  occurredAt: Date;
  count?: number | undefined;
  accountId?: string | null | undefined;
  subject?: string | null | undefined;
}

/** One entry stands for at most this many: a day's tally from a busy phone line, not a year's. */
export const MAX_INBOUND_COUNT = 1000;
// A little slack for clocks that run ahead; a contact logged days ahead is a typo.
const FUTURE_SLACK_MS = 24 * 3600 * 1000;

const columns = {
  id: inboundContacts.id,
  channel: inboundContacts.channel,
  occurredAt: inboundContacts.occurredAt,
  count: inboundContacts.count,
  accountId: inboundContacts.accountId,
  accountName: accounts.name,
  subject: inboundContacts.subject,
  source: inboundContacts.source,
  externalId: inboundContacts.externalId,
  createdAt: inboundContacts.createdAt,
};

const keyset: Keyset = {
  keys: [sql`${inboundContacts.occurredAt}`, sql`${inboundContacts.id}`],
  types: ['timestamptz', 'uuid'],
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(value));
const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);
const nextDayStart = (day: string) => new Date(dayStart(day).getTime() + 24 * 3600 * 1000);

function checkFilter(filter: InboundContactFilter) {
  const errors = (['from', 'to'] as const)
    .filter((field) => filter[field] !== undefined && !isDay(filter[field] as string))
    .map((field) => ({ field, message: 'must be a date (YYYY-MM-DD)' }));
  if (errors.length === 0 && filter.from && filter.to && filter.from > filter.to) {
    errors.push({ field: 'from', message: 'must not be after to' });
  }
  if (errors.length > 0) throw new ValidationError('The filters are not valid.', errors);
}

/** The log, newest first: what the office and its integrations recorded. */
export async function listInboundContacts(
  db: DbOrTx,
  ctx: Pick<OfficeContext, 'orgId'>,
  filter: InboundContactFilter,
  page: PageRequest,
): Promise<Page<InboundContact>> {
  checkFilter(filter);
  const q = keysetPage(keyset, { ...page, order: page.order ?? 'desc' });
  const where = and(
    eq(inboundContacts.orgId, ctx.orgId),
    filter.channel ? eq(inboundContacts.channel, filter.channel) : undefined,
    filter.source ? eq(inboundContacts.source, filter.source) : undefined,
    filter.accountId ? eq(inboundContacts.accountId, filter.accountId) : undefined,
    filter.from ? gte(inboundContacts.occurredAt, dayStart(filter.from)) : undefined,
    filter.to ? lt(inboundContacts.occurredAt, nextDayStart(filter.to)) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...columns, cursorKeys: q.cursorKeys })
      .from(inboundContacts)
      // The account's org is named too, though core never links across organizations.
      .leftJoin(accounts, and(eq(accounts.id, inboundContacts.accountId), eq(accounts.orgId, ctx.orgId)))
      .where(and(where, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db.select({ n: count() }).from(inboundContacts).where(where),
  ]);
  return toPage(rows, page.limit, total?.n ?? 0);
}

/** The account's name if it belongs to the organization; another organization's id is a 404. */
export async function accountNameInOrg(db: DbOrTx, orgId: string, accountId: string): Promise<string> {
  const [row] = await db
    .select({ name: accounts.name })
    .from(accounts)
    .where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)))
    .limit(1);
  if (!row) throw new NotFoundError('Account');
  return row.name;
}

/** Rules every entry follows, whoever records it. */
export function checkInboundEntry(input: { occurredAt: Date; count?: number | undefined }, now: Date) {
  const errors = [];
  if (Number.isNaN(input.occurredAt.getTime())) {
    errors.push({ field: 'occurredAt', message: 'must be a date and time' });
  } else if (input.occurredAt.getTime() > now.getTime() + FUTURE_SLACK_MS) {
    errors.push({ field: 'occurredAt', message: 'must not be in the future' });
  }
  const n = input.count ?? 1;
  if (!Number.isInteger(n) || n < 1 || n > MAX_INBOUND_COUNT) {
    errors.push({ field: 'count', message: `must be a whole number from 1 to ${MAX_INBOUND_COUNT}` });
  }
  if (errors.length > 0) throw new ValidationError('The inbound contact is not valid.', errors);
}

const cleanSubject = (subject: string | null | undefined) => subject?.trim() || null;

/** Logs an email or call (or a tally of them) by hand. */
export async function createInboundContact(
  db: DbOrTx,
  ctx: OfficeContext,
  input: InboundContactInput,
  now = new Date(),
): Promise<InboundContact> {
  checkInboundEntry(input, now);
  const accountName = input.accountId ? await accountNameInOrg(db, ctx.orgId, input.accountId) : null;
  const [row] = await db
    .insert(inboundContacts)
    .values({
      orgId: ctx.orgId,
      channel: input.channel,
      occurredAt: input.occurredAt,
      count: input.count ?? 1,
      accountId: input.accountId ?? null,
      subject: cleanSubject(input.subject),
      source: 'manual',
      createdBy: ctx.actor.id,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  const { orgId: _org, createdBy: _by, ...entry } = row;
  return { ...entry, accountName };
}

/** Removes an entry logged by mistake (by hand or by an integration). */
export async function deleteInboundContact(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db
    .delete(inboundContacts)
    .where(and(eq(inboundContacts.orgId, ctx.orgId), eq(inboundContacts.id, id)))
    .returning({ id: inboundContacts.id });
  if (deleted.length === 0) throw new NotFoundError('Inbound contact');
}
