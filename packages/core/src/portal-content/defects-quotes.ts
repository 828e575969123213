import {
  type DbOrTx,
  type DefectSeverity,
  type DefectStatus,
  type QuoteKind,
  type QuoteStatus,
  schema,
} from '@portico/db';
import { and, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';
import { inMonth } from './derived';
import { newestFirst } from './portal-keyset';
import { defectVisible, type PortalScope, quoteVisible } from './visibility';

const { assets, buildings, defects, quotes } = schema;

type PortalPageRequest = Pick<PageRequest, 'limit' | 'cursor'>;

export interface PortalDefect {
  id: string;
  buildingId: string;
  buildingName: string;
  assetId: string | null;
  assetName: string | null;
  assetType: string;
  description: string;
  severity: DefectSeverity;
  status: DefectStatus;
  raisedOn: string;
  resolvedOn: string | null;
}

export interface PortalDefectFilter {
  buildingId?: string | undefined;
  assetId?: string | undefined;
  assetType?: string | undefined;
  severity?: DefectSeverity | undefined;
  status?: DefectStatus | undefined;
  /** YYYY-MM of raised_on */
  month?: string | undefined;
}

const defectKeyset: Keyset = {
  keys: [sql`${defects.raisedOn}`, sql`${defects.id}`],
  types: ['date', 'uuid'],
};

export async function listPortalDefects(
  db: DbOrTx,
  scope: PortalScope,
  filter: PortalDefectFilter,
  page: PortalPageRequest,
): Promise<Page<PortalDefect>> {
  const where: SQL[] = [defectVisible(scope)];
  if (filter.buildingId) where.push(eq(defects.buildingId, filter.buildingId));
  if (filter.assetId) where.push(eq(defects.assetId, filter.assetId));
  if (filter.assetType) where.push(eq(defects.assetType, filter.assetType));
  if (filter.severity) where.push(eq(defects.severity, filter.severity));
  if (filter.status) where.push(eq(defects.status, filter.status));
  if (filter.month) where.push(inMonth(defects.raisedOn, filter.month));
  const p = keysetPage(defectKeyset, { ...page, order: 'desc' });
  const [rows, [total]] = await Promise.all([
    db
      .select({
        defect: defects,
        buildingName: buildings.name,
        assetName: assets.name,
        cursorKeys: p.cursorKeys,
      })
      .from(defects)
      .innerJoin(buildings, eq(buildings.id, defects.buildingId))
      .leftJoin(assets, eq(assets.id, defects.assetId))
      .where(and(...where, p.after))
      .orderBy(...p.orderBy)
      .limit(p.limit),
    db
      .select({ n: count() })
      .from(defects)
      .where(and(...where)),
  ]);
  const items = rows.map(({ defect: d, ...r }) => ({
    id: d.id,
    buildingId: d.buildingId,
    buildingName: r.buildingName,
    assetId: d.assetId,
    assetName: r.assetName,
    assetType: d.assetType,
    description: d.description,
    severity: d.severity,
    status: d.status,
    raisedOn: d.raisedOn,
    resolvedOn: d.resolvedOn,
    cursorKeys: r.cursorKeys,
  }));
  return toPage(items, page.limit, total?.n ?? 0);
}

export interface PortalQuote {
  id: string;
  buildingId: string;
  buildingName: string;
  kind: QuoteKind;
  number: string | null;
  title: string;
  amount: number;
  currency: string;
  status: QuoteStatus;
  issuedOn: string | null;
}

export interface PortalQuoteFilter {
  buildingId?: string | undefined;
  kind?: QuoteKind | undefined;
  status?: QuoteStatus | undefined;
  /** Title or number contains; used by search (the list route does not offer it). */
  q?: string | undefined;
}

export async function listPortalQuotes(
  db: DbOrTx,
  scope: PortalScope,
  filter: PortalQuoteFilter,
  page: PortalPageRequest,
): Promise<Page<PortalQuote>> {
  const where: SQL[] = [quoteVisible(scope)];
  if (filter.buildingId) where.push(eq(quotes.buildingId, filter.buildingId));
  if (filter.kind) where.push(eq(quotes.kind, filter.kind));
  if (filter.status) where.push(eq(quotes.status, filter.status));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    where.push(or(ilike(quotes.title, pattern), ilike(quotes.number, pattern)) as SQL);
  }
  const p = newestFirst(quotes.issuedOn, quotes.id, page);
  const [rows, [total]] = await Promise.all([
    db
      .select({ quote: quotes, buildingName: buildings.name, cursorKeys: p.cursorKeys })
      .from(quotes)
      .innerJoin(buildings, eq(buildings.id, quotes.buildingId))
      .where(and(...where, p.after))
      .orderBy(...p.orderBy)
      .limit(p.limit),
    db
      .select({ n: count() })
      .from(quotes)
      .where(and(...where)),
  ]);
  const items = rows.map(({ quote: q, ...r }) => ({
    id: q.id,
    buildingId: q.buildingId,
    buildingName: r.buildingName,
    kind: q.kind,
    number: q.number,
    title: q.title,
    amount: Number(q.amount),
    currency: q.currency,
    status: q.status,
    issuedOn: q.issuedOn,
    cursorKeys: r.cursorKeys,
  }));
  return toPage(items, page.limit, total?.n ?? 0);
}
