import { type DbOrTx, schema } from '@portico/db';
import { and, count, eq, inArray, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';
import { type ContactView, loadContactLinks, toContactView } from './contact-view';
import type { PortalStatus } from './portal-status';

const { buildings, contactAccounts, contactBuildings, contacts } = schema;

export interface ContactFilter {
  portalStatus?: PortalStatus[];
  /** Contacts linked to the account, or to one of its buildings. */
  accountId?: string;
  /** Contacts linked to the building, or to the account that owns it. */
  buildingId?: string;
  hasEmail?: boolean;
  q?: string;
}

export type ContactSort = 'name' | 'email' | 'createdAt';

const keysets: Record<ContactSort, Keyset> = {
  name: {
    keys: [sql`lower(${contacts.lastName})`, sql`lower(${contacts.firstName})`, sql`${contacts.id}`],
    types: ['text', 'text', 'uuid'],
  },
  email: {
    keys: [sql`coalesce(lower(${contacts.email}), '')`, sql`${contacts.id}`],
    types: ['text', 'uuid'],
  },
  createdAt: { keys: [sql`${contacts.createdAt}`, sql`${contacts.id}`], types: ['timestamptz', 'uuid'] },
};

/** The WHERE of the contact list; bulk invites by filter reuse it so both select the same people. */
export function contactFilterConditions(ctx: OfficeContext, f: ContactFilter): SQL[] {
  const where: SQL[] = [eq(contacts.orgId, ctx.orgId)];
  if (f.portalStatus && f.portalStatus.length > 0) {
    const parts: SQL[] = [];
    if (f.portalStatus.includes('suspended')) parts.push(eq(contacts.suspended, true));
    const invite = f.portalStatus.filter((s) => s !== 'suspended');
    if (invite.length > 0)
      parts.push(and(eq(contacts.suspended, false), inArray(contacts.inviteStatus, invite)) as SQL);
    where.push(or(...parts) as SQL);
  }
  if (f.accountId) {
    where.push(sql`(exists (select 1 from ${contactAccounts} ca where ca.contact_id = ${contacts.id} and ca.account_id = ${f.accountId})
      or exists (select 1 from ${contactBuildings} cb join ${buildings} b on b.id = cb.building_id
                 where cb.contact_id = ${contacts.id} and b.account_id = ${f.accountId}))`);
  }
  if (f.buildingId) {
    where.push(sql`(exists (select 1 from ${contactBuildings} cb where cb.contact_id = ${contacts.id} and cb.building_id = ${f.buildingId})
      or exists (select 1 from ${contactAccounts} ca join ${buildings} b on b.account_id = ca.account_id
                 where ca.contact_id = ${contacts.id} and b.id = ${f.buildingId}))`);
  }
  if (f.hasEmail !== undefined) where.push(f.hasEmail ? isNotNull(contacts.email) : isNull(contacts.email));
  if (f.q) {
    const pattern = `%${escapeLike(f.q.trim())}%`;
    where.push(
      sql`(${contacts.firstName} ilike ${pattern} or ${contacts.lastName} ilike ${pattern}
        or (${contacts.firstName} || ' ' || ${contacts.lastName}) ilike ${pattern} or ${contacts.email} ilike ${pattern})`,
    );
  }
  return where;
}

export async function listContacts(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: ContactFilter,
  page: PageRequest & { sort?: ContactSort },
): Promise<Page<ContactView>> {
  return listContactsWhere(db, ctx, contactFilterConditions(ctx, filter), page);
}

/** The contact list over any tenant-scoped conditions (other lists, such as a batch's recipients, reuse it). */
export async function listContactsWhere(
  db: DbOrTx,
  ctx: OfficeContext,
  where: SQL[],
  page: PageRequest & { sort?: ContactSort },
): Promise<Page<ContactView>> {
  const keyset = keysets[page.sort ?? 'name'];
  const scoped = [eq(contacts.orgId, ctx.orgId), ...where];
  const q = keysetPage(keyset, page);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ contact: contacts, cursorKeys: q.cursorKeys })
      .from(contacts)
      .where(and(...scoped, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db
      .select({ n: count() })
      .from(contacts)
      .where(and(...scoped)),
  ]);
  const result = toPage(
    rows.map((r) => ({ ...r.contact, cursorKeys: r.cursorKeys })),
    page.limit,
    totalRow?.n ?? 0,
  );
  const links = await loadContactLinks(
    db,
    ctx,
    result.items.map((c) => c.id),
  );
  return { ...result, items: result.items.map((c) => toContactView(c, links)) };
}
