import { type DbOrTx, type ServiceRequestStatus, type ServiceRequestUrgency, schema } from '@portico/db';
import { and, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { ValidationError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { buildingVisible, type PortalScope } from '../portal-content/visibility';
import { type ServiceRequestSummary, selectSummaries, toSummary } from './records';

const { serviceRequests } = schema;

export interface ServiceRequestFilter {
  status?: ServiceRequestStatus | undefined;
  urgency?: ServiceRequestUrgency | undefined;
  accountId?: string | undefined;
  buildingId?: string | undefined;
}

function filterSql(filter: ServiceRequestFilter): SQL | undefined {
  return and(
    filter.status ? eq(serviceRequests.status, filter.status) : undefined,
    filter.urgency ? eq(serviceRequests.urgency, filter.urgency) : undefined,
    filter.accountId ? eq(serviceRequests.accountId, filter.accountId) : undefined,
    filter.buildingId ? eq(serviceRequests.buildingId, filter.buildingId) : undefined,
  );
}

/** Newest first: what the office and the portal look at. */
const newestFirst: Keyset = {
  keys: [sql`${serviceRequests.createdAt}`, sql`${serviceRequests.id}`],
  types: ['timestamptz', 'uuid'],
};

async function newestPage(
  db: DbOrTx,
  orgId: string,
  where: SQL | undefined,
  page: Pick<PageRequest, 'limit' | 'cursor'>,
): Promise<Page<ServiceRequestSummary>> {
  const keyset = keysetPage(newestFirst, { ...page, order: 'desc' });
  const rows = await selectSummaries(db, orgId, and(where, keyset.after), {
    cursorKeys: keyset.cursorKeys,
    total: sql<number>`(count(*) over ())::int`,
  })
    .orderBy(...keyset.orderBy)
    .limit(keyset.limit);
  // The window count runs before the keyset's limit but after its condition: count the rest apart.
  const total = page.cursor ? await countWhere(db, orgId, where) : (rows[0]?.total ?? 0);
  return toPage(
    rows.map((r) => ({ ...toSummary(r), cursorKeys: r.cursorKeys })),
    page.limit,
    total,
  );
}

async function countWhere(db: DbOrTx, orgId: string, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.orgId, orgId), where));
  return row?.n ?? 0;
}

/** The office's list: every request of the organization, filtered. */
export function listOfficeServiceRequests(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: ServiceRequestFilter,
  page: Pick<PageRequest, 'limit' | 'cursor'>,
): Promise<Page<ServiceRequestSummary>> {
  return newestPage(db, ctx.orgId, filterSql(filter), page);
}

/**
 * The portal's list: requests on the buildings the contact's access covers (THE access rule),
 * whoever raised them. Colleagues linked to the same building see each other's requests, so two
 * people at one site do not report the same leak twice and everyone sees when it is scheduled.
 */
export function listPortalServiceRequests(
  db: DbOrTx,
  scope: PortalScope,
  filter: Pick<ServiceRequestFilter, 'status' | 'buildingId'>,
  page: Pick<PageRequest, 'limit' | 'cursor'>,
): Promise<Page<ServiceRequestSummary>> {
  return newestPage(
    db,
    scope.contact.orgId,
    and(filterSql(filter), buildingVisible(scope, serviceRequests.buildingId)),
    page,
  );
}

/**
 * How long a change must have been committed before the integration feed hands it out. A row's
 * `updated_at` is its transaction's start (`now()`), so a transaction still open while a reader
 * pages past that time would commit "behind" the reader's cursor and be skipped. Holding back the
 * last few seconds lets such transactions (ours are short) commit first: the feed is a few
 * seconds behind, and never misses a change.
 */
export const FEED_SETTLE_SECONDS = 5;

/** Oldest change first, then id: every row has one place in the feed, so ties never repeat or skip. */
const changeOrder: Keyset = {
  keys: [sql`${serviceRequests.updatedAt}`, sql`${serviceRequests.id}`],
  types: ['timestamptz', 'uuid'],
};

/**
 * The integration feed (`updatedSince`): requests changed at or after a time, oldest change first,
 * keyset-paginated by (updated_at, id). A request changed again while a client pages moves to the
 * feed's end and is handed out again there (its newest state), never lost.
 */
export async function listServiceRequestChanges(
  db: DbOrTx,
  orgId: string,
  input: { updatedSince?: string | undefined },
  page: Pick<PageRequest, 'limit' | 'cursor'>,
  settleSeconds = FEED_SETTLE_SECONDS,
): Promise<Page<ServiceRequestSummary>> {
  let since: Date | undefined;
  if (input.updatedSince) {
    since = new Date(input.updatedSince);
    if (Number.isNaN(since.getTime())) {
      throw new ValidationError('updatedSince is not a date-time.', [
        { field: 'updatedSince', message: 'an ISO 8601 date-time' },
      ]);
    }
  }
  const keyset = keysetPage(changeOrder, { ...page, order: 'asc' });
  const where = and(
    since ? gte(serviceRequests.updatedAt, since) : undefined,
    sql`${serviceRequests.updatedAt} < statement_timestamp() - ${`${settleSeconds} seconds`}::interval`,
  );
  const rows = await selectSummaries(db, orgId, and(where, keyset.after), { cursorKeys: keyset.cursorKeys })
    .orderBy(...keyset.orderBy)
    .limit(keyset.limit);
  const total = await countWhere(db, orgId, where);
  return toPage(
    rows.map((r) => ({ ...toSummary(r), cursorKeys: r.cursorKeys })),
    page.limit,
    total,
  );
}
