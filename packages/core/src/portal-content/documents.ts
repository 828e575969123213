import { type DbOrTx, type DocumentKind, type ProposalDecision, schema } from '@portico/db';
import { and, eq, gte, ilike, isNull, lte, not, or, type SQL, sql } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import { invoicePayable } from '../payments/payable';
import { escapeLike } from '../search';
import { invoiceOverdue } from './derived';
import { documentVisible, type PortalScope } from './visibility';

const { accounts, buildings, documents } = schema;

export interface PortalDocument {
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
  buildingId: string | null;
  buildingName: string | null;
  accountId: string;
  accountName: string;
  hasFile: boolean;
  overdue: boolean;
  /** An unpaid invoice with a payment link: the portal shows "Pay now". */
  payable: boolean;
  decision: { decision: ProposalDecision; name: string; decidedAt: Date; note: string | null } | null;
}

export interface PortalDocumentFilter {
  kind?: DocumentKind | undefined;
  buildingId?: string | undefined;
  status?: string | undefined;
  overdue?: boolean | undefined;
  decision?: ProposalDecision | 'undecided' | undefined;
  q?: string | undefined;
  /** issued_on, inclusive */
  from?: string | undefined;
  to?: string | undefined;
}

const amount = (v: string | null) => (v === null ? null : Number(v));

export function toPortalDocument(r: {
  doc: typeof documents.$inferSelect;
  buildingName: string | null;
  accountName: string;
  overdue: boolean;
  payable: boolean;
}): PortalDocument {
  const d = r.doc;
  return {
    id: d.id,
    kind: d.kind,
    number: d.number,
    title: d.title,
    status: d.status,
    amount: amount(d.amount),
    amountPaid: amount(d.amountPaid),
    currency: d.currency,
    issuedOn: d.issuedOn,
    dueOn: d.dueOn,
    paidOn: d.paidOn,
    buildingId: d.buildingId,
    buildingName: r.buildingName,
    accountId: d.accountId,
    accountName: r.accountName,
    hasFile: d.fileId !== null,
    overdue: r.overdue,
    payable: r.payable,
    decision:
      d.decision && d.decidedAt
        ? { decision: d.decision, name: d.decidedByName ?? '', decidedAt: d.decidedAt, note: d.decisionNote }
        : null,
  };
}

export function filterConditions(f: PortalDocumentFilter): SQL[] {
  const where: SQL[] = [];
  if (f.kind) where.push(eq(documents.kind, f.kind));
  if (f.buildingId) where.push(eq(documents.buildingId, f.buildingId));
  if (f.status) where.push(eq(documents.status, f.status));
  if (f.overdue !== undefined) where.push(f.overdue ? invoiceOverdue() : not(invoiceOverdue()));
  if (f.decision === 'undecided')
    where.push(and(eq(documents.kind, 'proposal'), isNull(documents.decision)) as SQL);
  else if (f.decision) where.push(eq(documents.decision, f.decision));
  if (f.from) where.push(gte(documents.issuedOn, f.from));
  if (f.to) where.push(lte(documents.issuedOn, f.to));
  if (f.q) {
    const pattern = `%${escapeLike(f.q)}%`;
    where.push(or(ilike(documents.title, pattern), ilike(documents.number, pattern)) as SQL);
  }
  return where;
}

export function selectDocuments(db: DbOrTx, cursorKeys: SQL<string[]>) {
  return db
    .select({
      doc: documents,
      buildingName: buildings.name,
      accountName: accounts.name,
      overdue: invoiceOverdue(),
      payable: invoicePayable(),
      cursorKeys,
    })
    .from(documents)
    .innerJoin(accounts, eq(accounts.id, documents.accountId))
    .leftJoin(buildings, eq(buildings.id, documents.buildingId));
}

const noCursor = sql<string[]>`null`;

/** One visible document, or NotFoundError: another customer's id looks like one that does not exist. */
export async function findPortalDocument(
  db: DbOrTx,
  scope: PortalScope,
  id: string,
): Promise<PortalDocument> {
  const [row] = await selectDocuments(db, noCursor)
    .where(and(eq(documents.id, id), documentVisible(scope)))
    .limit(1);
  if (!row) throw new NotFoundError('Document');
  return toPortalDocument(row);
}

/** The file id of a visible document, for the download; null when it has no file. */
export async function findPortalDocumentFileId(
  db: DbOrTx,
  scope: PortalScope,
  id: string,
): Promise<{ document: PortalDocument; fileId: string | null }> {
  const [row] = await selectDocuments(db, noCursor)
    .where(and(eq(documents.id, id), documentVisible(scope)))
    .limit(1);
  if (!row) throw new NotFoundError('Document');
  return { document: toPortalDocument(row), fileId: row.doc.fileId };
}
