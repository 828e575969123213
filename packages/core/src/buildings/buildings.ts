import { type DbOrTx, schema } from '@portico/db';
import { and, count, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { assertAccountInOrg } from '../accounts/accounts';
import type { OfficeContext } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';

const { accounts, buildings } = schema;

export type Building = typeof buildings.$inferSelect & { accountName: string };

export interface BuildingInput {
  accountId: string;
  name: string;
  addressLine1?: string | null;
  addressLine2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  siteSource?: string | null;
  externalId?: string | null;
}

export interface BuildingFilter {
  accountId?: string;
  siteSource?: string;
  q?: string;
}

const keyset: Keyset = {
  keys: [sql`lower(${buildings.name})`, sql`${buildings.id}`],
  types: ['text', 'uuid'],
};

export async function listBuildings(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: BuildingFilter,
  page: PageRequest,
): Promise<Page<Building>> {
  const where: SQL[] = [eq(buildings.orgId, ctx.orgId)];
  if (filter.accountId) where.push(eq(buildings.accountId, filter.accountId));
  if (filter.siteSource) where.push(eq(buildings.siteSource, filter.siteSource));
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    where.push(
      or(
        ilike(buildings.name, pattern),
        ilike(buildings.addressLine1, pattern),
        ilike(buildings.city, pattern),
      ) as SQL,
    );
  }
  const q = keysetPage(keyset, page);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ building: buildings, accountName: accounts.name, cursorKeys: q.cursorKeys })
      .from(buildings)
      .innerJoin(accounts, eq(accounts.id, buildings.accountId))
      .where(and(...where, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db
      .select({ n: count() })
      .from(buildings)
      .where(and(...where)),
  ]);
  return toPage(
    rows.map((r) => ({ ...r.building, accountName: r.accountName, cursorKeys: r.cursorKeys })),
    page.limit,
    totalRow?.n ?? 0,
  );
}

export async function getBuilding(db: DbOrTx, ctx: OfficeContext, id: string): Promise<Building> {
  const [row] = await db
    .select({ building: buildings, accountName: accounts.name })
    .from(buildings)
    .innerJoin(accounts, eq(accounts.id, buildings.accountId))
    .where(and(eq(buildings.orgId, ctx.orgId), eq(buildings.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Building');
  return { ...row.building, accountName: row.accountName };
}

const duplicate = () =>
  new ConflictError('Another building already has this external id.', {
    errors: [{ field: 'externalId', message: 'already used by another building' }],
  });

export async function createBuilding(
  db: DbOrTx,
  ctx: OfficeContext,
  input: BuildingInput,
): Promise<Building> {
  await assertAccountInOrg(db, ctx, input.accountId);
  try {
    const [row] = await db
      .insert(buildings)
      .values({ ...input, orgId: ctx.orgId })
      .returning({ id: buildings.id });
    if (!row) throw new Error('insert returned no row');
    return getBuilding(db, ctx, row.id);
  } catch (error) {
    if (isUniqueViolation(error, 'buildings_org_external_uq')) throw duplicate();
    throw error;
  }
}

export async function updateBuilding(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: Partial<BuildingInput>,
): Promise<Building> {
  if (input.accountId) await assertAccountInOrg(db, ctx, input.accountId);
  try {
    const [row] = await db
      .update(buildings)
      .set(input)
      .where(and(eq(buildings.orgId, ctx.orgId), eq(buildings.id, id)))
      .returning({ id: buildings.id });
    if (!row) throw new NotFoundError('Building');
  } catch (error) {
    if (isUniqueViolation(error, 'buildings_org_external_uq')) throw duplicate();
    throw error;
  }
  return getBuilding(db, ctx, id);
}

/** Contact links to the building go with it; the contacts themselves stay. */
export async function deleteBuilding(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db
    .delete(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), eq(buildings.id, id)))
    .returning({ id: buildings.id });
  if (deleted.length === 0) throw new NotFoundError('Building');
}

export async function assertBuildingsInOrg(db: DbOrTx, ctx: OfficeContext, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const [row] = await db
    .select({ n: count() })
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), inArray(buildings.id, unique)));
  if ((row?.n ?? 0) !== unique.length) throw new NotFoundError('Building');
}
