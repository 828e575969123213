import { type DbOrTx, type PortalPanels, schema } from '@portico/db';
import { and, count, eq, ilike, type SQL, sql } from 'drizzle-orm';
import { assertClientGroupInOrg } from '../client-groups/client-groups';
import type { OfficeContext } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';

const { accounts, buildings, contactAccounts } = schema;

export type Account = typeof accounts.$inferSelect;

export interface AccountInput {
  name: string;
  active?: boolean;
  clientGroupId?: string | null;
  division?: string | null;
  accountClass?: string | null;
  billGroup?: string | null;
  accountSource?: string | null;
  balanceDue?: string;
  autopay?: boolean;
  activeServicesCount?: number;
  externalId?: string | null;
  portalPanels?: Partial<PortalPanels> | null;
}

export interface AccountFilter {
  status?: 'active' | 'inactive' | 'all';
  division?: string;
  accountClass?: string;
  billGroup?: string;
  accountSource?: string;
  clientGroupId?: string;
  q?: string;
}

export type AccountSort = 'name' | 'createdAt';

const keysets: Record<AccountSort, Keyset> = {
  name: { keys: [sql`lower(${accounts.name})`, sql`${accounts.id}`], types: ['text', 'uuid'] },
  createdAt: { keys: [sql`${accounts.createdAt}`, sql`${accounts.id}`], types: ['timestamptz', 'uuid'] },
};

function filterConditions(ctx: OfficeContext, f: AccountFilter): SQL[] {
  const where: SQL[] = [eq(accounts.orgId, ctx.orgId)];
  const status = f.status ?? 'active';
  if (status !== 'all') where.push(eq(accounts.active, status === 'active'));
  if (f.division) where.push(eq(accounts.division, f.division));
  if (f.accountClass) where.push(eq(accounts.accountClass, f.accountClass));
  if (f.billGroup) where.push(eq(accounts.billGroup, f.billGroup));
  if (f.accountSource) where.push(eq(accounts.accountSource, f.accountSource));
  if (f.clientGroupId) where.push(eq(accounts.clientGroupId, f.clientGroupId));
  if (f.q) where.push(ilike(accounts.name, `%${escapeLike(f.q)}%`));
  return where;
}

export async function listAccounts(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: AccountFilter,
  page: PageRequest & { sort?: AccountSort },
): Promise<Page<Account>> {
  const keyset = keysets[page.sort ?? 'name'];
  const where = filterConditions(ctx, filter);
  const q = keysetPage(keyset, page);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ account: accounts, cursorKeys: q.cursorKeys })
      .from(accounts)
      .where(and(...where, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db
      .select({ n: count() })
      .from(accounts)
      .where(and(...where)),
  ]);
  const page_ = toPage(
    rows.map((r) => ({ ...r.account, cursorKeys: r.cursorKeys })),
    page.limit,
    totalRow?.n ?? 0,
  );
  return page_;
}

export async function getAccount(db: DbOrTx, ctx: OfficeContext, id: string): Promise<Account> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.orgId, ctx.orgId), eq(accounts.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Account');
  return row;
}

/** Counts shown on the account page's tabs. */
export async function accountCounts(db: DbOrTx, ctx: OfficeContext, id: string) {
  const [[b], [c]] = await Promise.all([
    db
      .select({ n: count() })
      .from(buildings)
      .where(and(eq(buildings.orgId, ctx.orgId), eq(buildings.accountId, id))),
    db
      .select({ n: count() })
      .from(contactAccounts)
      .where(and(eq(contactAccounts.orgId, ctx.orgId), eq(contactAccounts.accountId, id))),
  ]);
  return { buildings: b?.n ?? 0, contacts: c?.n ?? 0 };
}

const duplicateExternalId = () =>
  new ConflictError('Another account already has this external id.', {
    errors: [{ field: 'externalId', message: 'already used by another account' }],
  });

export async function createAccount(db: DbOrTx, ctx: OfficeContext, input: AccountInput): Promise<Account> {
  if (input.clientGroupId) await assertClientGroupInOrg(db, ctx, input.clientGroupId);
  try {
    const [row] = await db
      .insert(accounts)
      .values({ ...input, orgId: ctx.orgId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error, 'accounts_org_external_uq')) throw duplicateExternalId();
    throw error;
  }
}

export async function updateAccount(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: Partial<AccountInput>,
): Promise<Account> {
  if (input.clientGroupId) await assertClientGroupInOrg(db, ctx, input.clientGroupId);
  try {
    const [row] = await db
      .update(accounts)
      .set(input)
      .where(and(eq(accounts.orgId, ctx.orgId), eq(accounts.id, id)))
      .returning();
    if (!row) throw new NotFoundError('Account');
    return row;
  } catch (error) {
    if (isUniqueViolation(error, 'accounts_org_external_uq')) throw duplicateExternalId();
    throw error;
  }
}

/**
 * Deleting an account takes its buildings with it, but is refused while contacts are linked:
 * a contact may be someone's only portal sign-in, so unlinking them is a deliberate step.
 * Deactivating (`active: false`) is the everyday alternative and keeps the history.
 */
export async function deleteAccount(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    // The row lock makes a concurrent contact link (its foreign-key check needs a KEY SHARE lock on
    // this row) wait for us, so a contact linked between the count and the delete cannot be
    // silently unlinked by the cascade.
    const [locked] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(and(eq(accounts.orgId, ctx.orgId), eq(accounts.id, id)))
      .for('update');
    if (!locked) throw new NotFoundError('Account');
    const { contacts } = await accountCounts(tx, ctx, id);
    if (contacts > 0) {
      throw new ConflictError(
        `This account still has ${contacts} linked contact${contacts === 1 ? '' : 's'}. Unlink them first, or deactivate the account instead.`,
        { linkedContacts: contacts },
      );
    }
    await tx.delete(accounts).where(and(eq(accounts.orgId, ctx.orgId), eq(accounts.id, id)));
  });
}

export async function assertAccountInOrg(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  await getAccount(db, ctx, id);
}
