import { type DbOrTx, type DocumentKind, type ProposalDecision, schema } from '@portico/db';
import { and, count, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';
import { getFile } from '../ingest/file-store';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';
import { escapeLike } from '../search';

const { accounts, buildings, contacts, documents } = schema;

/** A document as the office sees it: published or not, with the customer's decision on a proposal. */
export interface OfficeDocument {
  id: string;
  kind: DocumentKind;
  number: string | null;
  title: string;
  status: string | null;
  amount: number | null;
  amountPaid: number | null;
  currency: string;
  issuedOn: string | null;
  dueOn: string | null;
  paidOn: string | null;
  published: boolean;
  publishedAt: Date | null;
  accountId: string;
  accountName: string;
  buildingId: string | null;
  buildingName: string | null;
  externalId: string;
  hasFile: boolean;
  decision: {
    decision: ProposalDecision;
    name: string | null;
    decidedAt: Date | null;
    note: string | null;
    contactId: string | null;
    contactName: string | null;
  } | null;
}

export interface OfficeDocumentFilter {
  kind?: DocumentKind;
  accountId?: string;
  buildingId?: string;
  published?: boolean;
  decision?: ProposalDecision | 'undecided';
  q?: string;
}

// Newest issued first, undated last: -infinity keeps the keyset a plain row comparison.
const keyset: Keyset = {
  keys: [sql`coalesce(${documents.issuedOn}, '-infinity'::date)`, sql`${documents.id}`],
  types: ['date', 'uuid'],
};

const columns = {
  document: documents,
  accountName: accounts.name,
  buildingName: buildings.name,
  contactName: sql<string | null>`nullif(trim(${contacts.firstName} || ' ' || ${contacts.lastName}), '')`,
};

type Row = {
  document: typeof documents.$inferSelect;
  accountName: string;
  buildingName: string | null;
  contactName: string | null;
};

const money = (v: string | null) => (v === null ? null : Number(v));

function toOfficeDocument({ document: d, accountName, buildingName, contactName }: Row): OfficeDocument {
  return {
    id: d.id,
    kind: d.kind,
    number: d.number,
    title: d.title,
    status: d.status,
    amount: money(d.amount),
    amountPaid: money(d.amountPaid),
    currency: d.currency,
    issuedOn: d.issuedOn,
    dueOn: d.dueOn,
    paidOn: d.paidOn,
    published: d.published,
    publishedAt: d.publishedAt,
    accountId: d.accountId,
    accountName,
    buildingId: d.buildingId,
    buildingName,
    externalId: d.externalId,
    hasFile: d.fileId !== null,
    decision: d.decision
      ? {
          decision: d.decision,
          name: d.decidedByName,
          decidedAt: d.decidedAt,
          note: d.decisionNote,
          contactId: d.decidedByContactId,
          contactName,
        }
      : null,
  };
}

function filterConditions(ctx: OfficeContext, filter: OfficeDocumentFilter): SQL[] {
  const where: SQL[] = [eq(documents.orgId, ctx.orgId)];
  if (filter.kind) where.push(eq(documents.kind, filter.kind));
  if (filter.accountId) where.push(eq(documents.accountId, filter.accountId));
  if (filter.buildingId) where.push(eq(documents.buildingId, filter.buildingId));
  if (filter.published !== undefined) where.push(eq(documents.published, filter.published));
  if (filter.decision === 'undecided') {
    // Only proposals await a decision; an invoice is not "undecided".
    where.push(and(eq(documents.kind, 'proposal'), isNull(documents.decision)) as SQL);
  } else if (filter.decision) {
    where.push(and(isNotNull(documents.decision), eq(documents.decision, filter.decision)) as SQL);
  }
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    where.push(or(ilike(documents.title, pattern), ilike(documents.number, pattern)) as SQL);
  }
  return where;
}

function baseQuery(db: DbOrTx, cursorKeys: SQL<string[]>) {
  return db
    .select({ ...columns, cursorKeys })
    .from(documents)
    .innerJoin(accounts, eq(accounts.id, documents.accountId))
    .leftJoin(buildings, eq(buildings.id, documents.buildingId))
    .leftJoin(contacts, eq(contacts.id, documents.decidedByContactId));
}

export async function listOfficeDocuments(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: OfficeDocumentFilter,
  page: PageRequest,
): Promise<Page<OfficeDocument>> {
  const where = filterConditions(ctx, filter);
  const q = keysetPage(keyset, { ...page, order: 'desc' });
  const [rows, [totalRow]] = await Promise.all([
    baseQuery(db, q.cursorKeys)
      .where(and(...where, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db
      .select({ n: count() })
      .from(documents)
      .where(and(...where)),
  ]);
  return toPage(
    rows.map((r) => ({ ...toOfficeDocument(r), cursorKeys: r.cursorKeys })),
    page.limit,
    totalRow?.n ?? 0,
  );
}

export async function getOfficeDocument(db: DbOrTx, ctx: OfficeContext, id: string): Promise<OfficeDocument> {
  // The cursor keys ride along unused: one query shape for the list and the single document.
  const [row] = await baseQuery(db, sql<string[]>`null`)
    .where(and(eq(documents.orgId, ctx.orgId), eq(documents.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Document');
  return toOfficeDocument(row);
}

/** A document's PDF for the office (published or not): 404 when the document or its file is missing. */
export async function getOfficeDocumentFile(db: DbOrTx, ctx: OfficeContext, id: string) {
  const [row] = await db
    .select({ fileId: documents.fileId })
    .from(documents)
    .where(and(eq(documents.orgId, ctx.orgId), eq(documents.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Document');
  if (!row.fileId) throw new NotFoundError('File');
  return getFile(db, ctx.orgId, row.fileId);
}
