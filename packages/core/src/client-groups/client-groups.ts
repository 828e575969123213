import { type DbOrTx, schema } from '@portico/db';
import { and, count, eq, ilike, type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';

const { accounts, clientGroups } = schema;

export type ClientGroup = typeof clientGroups.$inferSelect & { accountCount: number };

export interface ClientGroupInput {
  name: string;
  externalId?: string | null;
}

const keyset: Keyset = {
  keys: [sql`lower(${clientGroups.name})`, sql`${clientGroups.id}`],
  types: ['text', 'uuid'],
};

// The outer id is spelled out: in a single-table select drizzle prints columns unqualified, and a
// bare "id" inside the subquery would mean accounts.id, so every group counted 0 accounts.
const accountCount = sql<number>`(select count(*)::int from ${accounts} where ${accounts.clientGroupId} = ${clientGroups}.${sql.identifier('id')})`;

export async function listClientGroups(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: { q?: string },
  page: PageRequest,
): Promise<Page<ClientGroup>> {
  const where: SQL[] = [eq(clientGroups.orgId, ctx.orgId)];
  if (filter.q) where.push(ilike(clientGroups.name, `%${escapeLike(filter.q)}%`));
  const q = keysetPage(keyset, page);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ group: clientGroups, accountCount, cursorKeys: q.cursorKeys })
      .from(clientGroups)
      .where(and(...where, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db
      .select({ n: count() })
      .from(clientGroups)
      .where(and(...where)),
  ]);
  return toPage(
    rows.map((r) => ({ ...r.group, accountCount: r.accountCount, cursorKeys: r.cursorKeys })),
    page.limit,
    totalRow?.n ?? 0,
  );
}

export async function getClientGroup(db: DbOrTx, ctx: OfficeContext, id: string): Promise<ClientGroup> {
  const [row] = await db
    .select({ group: clientGroups, accountCount })
    .from(clientGroups)
    .where(and(eq(clientGroups.orgId, ctx.orgId), eq(clientGroups.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Client group');
  return { ...row.group, accountCount: row.accountCount };
}

export async function assertClientGroupInOrg(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const [row] = await db
    .select({ id: clientGroups.id })
    .from(clientGroups)
    .where(and(eq(clientGroups.orgId, ctx.orgId), eq(clientGroups.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Client group');
}

const duplicate = () =>
  new ConflictError('Another client group already has this external id.', {
    errors: [{ field: 'externalId', message: 'already used by another client group' }],
  });

export async function createClientGroup(
  db: DbOrTx,
  ctx: OfficeContext,
  input: ClientGroupInput,
): Promise<ClientGroup> {
  try {
    const [row] = await db
      .insert(clientGroups)
      .values({ ...input, orgId: ctx.orgId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return { ...row, accountCount: 0 };
  } catch (error) {
    if (isUniqueViolation(error, 'client_groups_org_external_uq')) throw duplicate();
    throw error;
  }
}

export async function updateClientGroup(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: Partial<ClientGroupInput>,
): Promise<ClientGroup> {
  try {
    const [row] = await db
      .update(clientGroups)
      .set(input)
      .where(and(eq(clientGroups.orgId, ctx.orgId), eq(clientGroups.id, id)))
      .returning({ id: clientGroups.id });
    if (!row) throw new NotFoundError('Client group');
  } catch (error) {
    if (isUniqueViolation(error, 'client_groups_org_external_uq')) throw duplicate();
    throw error;
  }
  return getClientGroup(db, ctx, id);
}

/** The group's accounts stay; they just leave the group. */
export async function deleteClientGroup(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db
    .delete(clientGroups)
    .where(and(eq(clientGroups.orgId, ctx.orgId), eq(clientGroups.id, id)))
    .returning({ id: clientGroups.id });
  if (deleted.length === 0) throw new NotFoundError('Client group');
}
