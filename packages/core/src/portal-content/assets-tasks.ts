import { type DbOrTx, type DefectSeverity, schema, type TaskKind, type TaskStage } from '@portico/db';
import { and, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';
import {
  defectCountedOpen,
  highestOpenSeverity,
  inMonth,
  type Tolerance,
  taskMonthDate,
  taskTolerance,
} from './derived';
import { buildingVisible, defectVisible, type PortalScope } from './visibility';

const { assets, buildings, defects, tasks } = schema;

type PortalPageRequest = Pick<PageRequest, 'limit' | 'cursor'>;

export interface PortalAsset {
  id: string;
  buildingId: string;
  buildingName: string;
  name: string;
  assetType: string;
  location: string | null;
  status: string | null;
  openDefects: number;
  highestOpenSeverity: DefectSeverity | null;
}

export interface PortalAssetFilter {
  buildingId?: string | undefined;
  assetType?: string | undefined;
  q?: string | undefined;
}

// By type, then name: how a site's equipment register reads; matches assets_building_idx.
const assetKeyset: Keyset = {
  keys: [sql`${assets.assetType}`, sql`${assets.name}`, sql`${assets.id}`],
  types: ['text', 'text', 'uuid'],
};

export async function listPortalAssets(
  db: DbOrTx,
  scope: PortalScope,
  filter: PortalAssetFilter,
  page: PortalPageRequest,
): Promise<Page<PortalAsset>> {
  const where: SQL[] = [eq(assets.orgId, scope.contact.orgId), buildingVisible(scope, assets.buildingId)];
  if (filter.buildingId) where.push(eq(assets.buildingId, filter.buildingId));
  if (filter.assetType) where.push(eq(assets.assetType, filter.assetType));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    where.push(
      or(
        ilike(assets.name, pattern),
        ilike(assets.assetType, pattern),
        ilike(assets.location, pattern),
      ) as SQL,
    );
  }
  const p = keysetPage(assetKeyset, { ...page, order: 'asc' });
  const ofAsset = sql`${defects.assetId} = ${assets.id} and ${defectVisible(scope)}`;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        asset: assets,
        buildingName: buildings.name,
        openDefects: sql<number>`(select count(*)::int from ${defects} where ${ofAsset} and ${defectCountedOpen()})`,
        highestOpenSeverity: sql<DefectSeverity | null>`(select ${highestOpenSeverity()} from ${defects} where ${ofAsset})`,
        cursorKeys: p.cursorKeys,
      })
      .from(assets)
      .innerJoin(buildings, eq(buildings.id, assets.buildingId))
      .where(and(...where, p.after))
      .orderBy(...p.orderBy)
      .limit(p.limit),
    db
      .select({ n: count() })
      .from(assets)
      .where(and(...where)),
  ]);
  const items = rows.map(({ asset: a, ...r }) => ({
    id: a.id,
    buildingId: a.buildingId,
    buildingName: r.buildingName,
    name: a.name,
    assetType: a.assetType,
    location: a.location,
    status: a.status,
    openDefects: r.openDefects,
    highestOpenSeverity: r.highestOpenSeverity,
    cursorKeys: r.cursorKeys,
  }));
  return toPage(items, page.limit, total?.n ?? 0);
}

export interface PortalTask {
  id: string;
  buildingId: string;
  buildingName: string;
  assetId: string | null;
  kind: TaskKind;
  title: string;
  stage: TaskStage;
  createdOn: string;
  dueOn: string | null;
  performedOn: string | null;
  tolerance: Tolerance | null;
}

export interface PortalTaskFilter {
  buildingId?: string | undefined;
  kind?: TaskKind | undefined;
  stage?: TaskStage | undefined;
  tolerance?: Tolerance | undefined;
  /** YYYY-MM: routine tasks by due month, reactive ones by created month. */
  month?: string | undefined;
  q?: string | undefined;
}

// Newest first by the date the task is counted on, which is never null.
const taskKeyset: Keyset = { keys: [sql`${taskMonthDate()}`, sql`${tasks.id}`], types: ['date', 'uuid'] };

export async function listPortalTasks(
  db: DbOrTx,
  scope: PortalScope,
  filter: PortalTaskFilter,
  page: PortalPageRequest,
): Promise<Page<PortalTask>> {
  const where: SQL[] = [eq(tasks.orgId, scope.contact.orgId), buildingVisible(scope, tasks.buildingId)];
  if (filter.buildingId) where.push(eq(tasks.buildingId, filter.buildingId));
  if (filter.kind) where.push(eq(tasks.kind, filter.kind));
  if (filter.stage) where.push(eq(tasks.stage, filter.stage));
  if (filter.tolerance) where.push(sql`${taskTolerance()} = ${filter.tolerance}`);
  if (filter.month) where.push(inMonth(taskMonthDate(), filter.month));
  if (filter.q) where.push(ilike(tasks.title, `%${escapeLike(filter.q)}%`));
  const p = keysetPage(taskKeyset, { ...page, order: 'desc' });
  const [rows, [total]] = await Promise.all([
    db
      .select({
        task: tasks,
        buildingName: buildings.name,
        tolerance: taskTolerance(),
        cursorKeys: p.cursorKeys,
      })
      .from(tasks)
      .innerJoin(buildings, eq(buildings.id, tasks.buildingId))
      .where(and(...where, p.after))
      .orderBy(...p.orderBy)
      .limit(p.limit),
    db
      .select({ n: count() })
      .from(tasks)
      .where(and(...where)),
  ]);
  const items = rows.map(({ task: t, ...r }) => ({
    id: t.id,
    buildingId: t.buildingId,
    buildingName: r.buildingName,
    assetId: t.assetId,
    kind: t.kind,
    title: t.title,
    stage: t.stage,
    createdOn: t.createdOn,
    dueOn: t.dueOn,
    performedOn: t.performedOn,
    tolerance: r.tolerance,
    cursorKeys: r.cursorKeys,
  }));
  return toPage(items, page.limit, total?.n ?? 0);
}
