import { type DbOrTx, type DefectSeverity, type DocumentKind, schema } from '@portico/db';
import { and, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';
import { defectCountedOpen, highestOpenSeverity, invoiceOverdue, quoteOutstanding } from './derived';
import {
  buildingVisible,
  defectVisible,
  documentVisible,
  type PortalScope,
  quoteVisible,
  withVisibleIds,
} from './visibility';

const { accounts, assets, buildings, defects, documents, quotes } = schema;

export interface PortalBuilding {
  id: string;
  name: string;
  accountId: string;
  accountName: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  counts: { overdueInvoices: number; outstandingQuotes: number; openDefects: number };
  highestOpenSeverity: DefectSeverity | null;
}

export interface PortalBuildingDetail extends PortalBuilding {
  addressLines: string[];
  assetCount: number;
  documentCounts: { inspectionReport: number; serviceReport: number; proposal: number; invoice: number };
}

export interface PortalBuildingFilter {
  q?: string | undefined;
}

const keyset: Keyset = {
  keys: [sql`lower(${buildings.name})`, sql`${buildings.id}`],
  types: ['text', 'uuid'],
};

type BuildingRow = typeof buildings.$inferSelect;

/** Street lines, then "city, region postcode", then country; empty parts dropped. */
export function addressLinesOf(b: BuildingRow): string[] {
  const place = [b.city, [b.region, b.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return [b.addressLine1, b.addressLine2, place, b.country].filter((l): l is string => Boolean(l?.trim()));
}

/**
 * The counts behind a map pin, each within the areas the contact may see (documentVisible and
 * friends answer `false` without the area, so the count is 0, not hidden).
 */
function buildingColumns(scope: PortalScope) {
  const count = (from: SQL, where: SQL) => sql<number>`(select count(*)::int from ${from} where ${where})`;
  return {
    building: buildings,
    accountName: accounts.name,
    overdueInvoices: count(
      sql`${documents}`,
      sql`${documents.buildingId} = ${buildings.id} and ${documentVisible(scope, ['invoice'])} and ${invoiceOverdue()}`,
    ),
    outstandingQuotes: count(
      sql`${quotes}`,
      sql`${quotes.buildingId} = ${buildings.id} and ${quoteVisible(scope)} and ${quoteOutstanding()}`,
    ),
    openDefects: count(
      sql`${defects}`,
      sql`${defects.buildingId} = ${buildings.id} and ${defectVisible(scope)} and ${defectCountedOpen()}`,
    ),
    highestOpenSeverity: sql<DefectSeverity | null>`(select ${highestOpenSeverity()} from ${defects}
      where ${defects.buildingId} = ${buildings.id} and ${defectVisible(scope)})`,
  };
}

type Selected = {
  building: BuildingRow;
  accountName: string;
  overdueInvoices: number;
  outstandingQuotes: number;
  openDefects: number;
  highestOpenSeverity: DefectSeverity | null;
};

function toPortalBuilding(r: Selected): PortalBuilding {
  const b = r.building;
  const lines = addressLinesOf(b);
  return {
    id: b.id,
    name: b.name,
    accountId: b.accountId,
    accountName: r.accountName,
    address: lines.length > 0 ? lines.join(', ') : null,
    latitude: b.latitude,
    longitude: b.longitude,
    counts: {
      overdueInvoices: r.overdueInvoices,
      outstandingQuotes: r.outstandingQuotes,
      openDefects: r.openDefects,
    },
    highestOpenSeverity: r.highestOpenSeverity,
  };
}

export function buildingSearch(q: string): SQL {
  const pattern = `%${escapeLike(q)}%`;
  return or(
    ilike(buildings.name, pattern),
    ilike(buildings.addressLine1, pattern),
    ilike(buildings.city, pattern),
    ilike(buildings.postalCode, pattern),
  ) as SQL;
}

export async function listPortalBuildings(
  db: DbOrTx,
  portalScope: PortalScope,
  filter: PortalBuildingFilter,
  page: Pick<PageRequest, 'limit' | 'cursor'>,
): Promise<Page<PortalBuilding>> {
  // Each building's counts filter by the rule again: resolved once, they filter by arrays.
  const scope = await withVisibleIds(db, portalScope);
  const where = [eq(buildings.orgId, scope.contact.orgId), buildingVisible(scope, buildings.id)];
  if (filter.q) where.push(buildingSearch(filter.q));
  const p = keysetPage(keyset, { ...page, order: 'asc' });
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...buildingColumns(scope), cursorKeys: p.cursorKeys })
      .from(buildings)
      .innerJoin(accounts, eq(accounts.id, buildings.accountId))
      .where(and(...where, p.after))
      .orderBy(...p.orderBy)
      .limit(p.limit),
    db
      .select({ n: count() })
      .from(buildings)
      .where(and(...where)),
  ]);
  const items = rows.map((r) => ({ ...toPortalBuilding(r), cursorKeys: r.cursorKeys }));
  return toPage(items, page.limit, total?.n ?? 0);
}

const kindKey: Record<DocumentKind, keyof PortalBuildingDetail['documentCounts']> = {
  inspection_report: 'inspectionReport',
  service_report: 'serviceReport',
  proposal: 'proposal',
  invoice: 'invoice',
};

export async function getPortalBuilding(
  db: DbOrTx,
  scope: PortalScope,
  id: string,
): Promise<PortalBuildingDetail> {
  const [row] = await db
    .select({
      ...buildingColumns(scope),
      assetCount: sql<number>`(select count(*)::int from ${assets} where ${assets.buildingId} = ${buildings.id})`,
    })
    .from(buildings)
    .innerJoin(accounts, eq(accounts.id, buildings.accountId))
    .where(
      and(
        eq(buildings.orgId, scope.contact.orgId),
        eq(buildings.id, id),
        buildingVisible(scope, buildings.id),
      ),
    )
    .limit(1);
  if (!row) throw new NotFoundError('Building');
  const byKind = await db
    .select({ kind: documents.kind, n: count() })
    .from(documents)
    .where(and(eq(documents.buildingId, id), documentVisible(scope)))
    .groupBy(documents.kind);
  const documentCounts = { inspectionReport: 0, serviceReport: 0, proposal: 0, invoice: 0 };
  for (const k of byKind) documentCounts[kindKey[k.kind]] = k.n;
  return {
    ...toPortalBuilding(row),
    addressLines: addressLinesOf(row.building),
    assetCount: row.assetCount,
    documentCounts,
  };
}
