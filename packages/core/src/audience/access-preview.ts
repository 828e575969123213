import { type Db, type DbOrTx, type DocumentKind, schema } from '@portico/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import { assertAccountInOrg } from '../accounts/accounts';
import { assertBuildingsInOrg } from '../buildings/buildings';
import { assertClientGroupInOrg } from '../client-groups/client-groups';
import type { AccessAreas } from '../contacts/contact-view';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';
import { type PortalContact, toPortalContact } from '../portal-auth/portal-contacts';
import { portalViews } from '../portal-auth/portal-views';
import { buildingVisible, documentVisible } from '../portal-content/visibility';

const { accounts, buildings, contactAccounts, contactBuildings, contacts, documents, organizations } = schema;

/** A proposed change to what a contact may see; omitted parts stay as they are. */
export interface AccessChange {
  /** Replaces the contact's account links. */
  accountIds?: string[];
  /** Replaces the contact's building links. */
  buildingIds?: string[];
  clientGroupId?: string | null;
  access?: Partial<AccessAreas>;
}

export interface DocumentCounts {
  inspectionReport: number;
  serviceReport: number;
  proposal: number;
  invoice: number;
}

export interface AccessPreview {
  buildings: {
    gained: { id: string; name: string; accountName: string }[];
    lost: { id: string; name: string; accountName: string }[];
  };
  accounts: { gained: { id: string; name: string }[]; lost: { id: string; name: string }[] };
  documents: { gained: DocumentCounts; lost: DocumentCounts };
}

interface Seen {
  buildings: Map<string, { id: string; name: string; accountName: string }>;
  accounts: Map<string, { id: string; name: string }>;
  documents: Map<string, DocumentKind>;
}

const countKey: Record<DocumentKind, keyof DocumentCounts> = {
  inspection_report: 'inspectionReport',
  service_report: 'serviceReport',
  proposal: 'proposal',
  invoice: 'invoice',
};

async function loadContact(db: DbOrTx, ctx: OfficeContext, id: string): Promise<PortalContact> {
  const [row] = await db
    .select({ contact: contacts, organization: organizations })
    .from(contacts)
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Contact');
  return toPortalContact(row.contact, row.organization);
}

/**
 * What the contact would see in the portal if it signed in now, through its widest view (the
 * whole group or everything), using the same functions the portal's own queries use.
 */
async function whatItSees(db: DbOrTx, contact: PortalContact): Promise<Seen> {
  const { views, defaultView: view } = await portalViews(db, contact);
  const scope = { contact, view };
  const [buildingRows, documentRows] = await Promise.all([
    db
      .select({ id: buildings.id, name: buildings.name, accountName: accounts.name })
      .from(buildings)
      .innerJoin(accounts, eq(accounts.id, buildings.accountId))
      .where(buildingVisible(scope, buildings.id))
      .orderBy(asc(sql`lower(${buildings.name})`), asc(buildings.id)),
    db.select({ id: documents.id, kind: documents.kind }).from(documents).where(documentVisible(scope)),
  ]);
  return {
    buildings: new Map(buildingRows.map((b) => [b.id, b])),
    accounts: new Map(
      views.flatMap((v) => (v.kind === 'account' ? [[v.id, { id: v.id, name: v.name }] as const] : [])),
    ),
    documents: new Map(documentRows.map((d) => [d.id, d.kind])),
  };
}

/** Writes the proposed state; only ever called inside the preview's rolled-back transaction. */
async function applyChange(tx: DbOrTx, ctx: OfficeContext, contactId: string, change: AccessChange) {
  const { access = {} } = change;
  const values = {
    ...(change.clientGroupId !== undefined && { clientGroupId: change.clientGroupId }),
    ...(access.inspectionReports !== undefined && { accessInspectionReports: access.inspectionReports }),
    ...(access.serviceReports !== undefined && { accessServiceReports: access.serviceReports }),
    ...(access.proposals !== undefined && { accessProposals: access.proposals }),
    ...(access.invoices !== undefined && { accessInvoices: access.invoices }),
  };
  if (Object.keys(values).length > 0) {
    await tx
      .update(contacts)
      .set(values)
      .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, contactId)));
  }
  const base = { orgId: ctx.orgId, contactId };
  if (change.accountIds) {
    await tx.delete(contactAccounts).where(eq(contactAccounts.contactId, contactId));
    const ids = [...new Set(change.accountIds)];
    if (ids.length > 0)
      await tx.insert(contactAccounts).values(ids.map((accountId) => ({ ...base, accountId })));
  }
  if (change.buildingIds) {
    await tx.delete(contactBuildings).where(eq(contactBuildings.contactId, contactId));
    const ids = [...new Set(change.buildingIds)];
    if (ids.length > 0) {
      await tx.insert(contactBuildings).values(ids.map((buildingId) => ({ ...base, buildingId })));
    }
  }
}

const onlyIn = <T>(a: Map<string, T>, b: Map<string, T>) => [...a].filter(([id]) => !b.has(id));

function countKinds(entries: [string, DocumentKind][]): DocumentCounts {
  const counts: DocumentCounts = { inspectionReport: 0, serviceReport: 0, proposal: 0, invoice: 0 };
  for (const [, kind] of entries) counts[countKey[kind]] += 1;
  return counts;
}

function compare(before: Seen, after: Seen): AccessPreview {
  return {
    buildings: {
      gained: onlyIn(after.buildings, before.buildings).map(([, b]) => b),
      lost: onlyIn(before.buildings, after.buildings).map(([, b]) => b),
    },
    accounts: {
      gained: onlyIn(after.accounts, before.accounts).map(([, a]) => a),
      lost: onlyIn(before.accounts, after.accounts).map(([, a]) => a),
    },
    documents: {
      gained: countKinds(onlyIn(after.documents, before.documents)),
      lost: countKinds(onlyIn(before.documents, after.documents)),
    },
  };
}

class PreviewDone extends Error {
  constructor(readonly preview: AccessPreview) {
    super('preview computed; rolling back');
  }
}

/**
 * A dry run of an access change: applies it inside a transaction, asks the portal's own access
 * rule what the contact sees before and after, and rolls everything back. Reusing the real rule
 * (rather than a second implementation over hypothetical link sets) means the preview cannot
 * disagree with what the portal will do. Nothing here writes an outbox row or an activity event,
 * and the rollback discards even the link rows, so no trace of the proposal survives.
 */
export async function previewAccessChange(
  db: Db,
  ctx: OfficeContext,
  contactId: string,
  change: AccessChange,
): Promise<AccessPreview> {
  // One snapshot for both sides, so a change committed meanwhile cannot pass for a gain. A
  // concurrent edit of the same contact can then fail ours with a serialization error: run again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.transaction((tx) => dryRun(tx, ctx, contactId, change), { isolationLevel: 'repeatable read' });
    } catch (error) {
      if (error instanceof PreviewDone) return error.preview;
      if (attempt < 3 && isSerializationFailure(error)) continue;
      throw error;
    }
    throw new Error('preview transaction committed; it must always roll back');
  }
}

async function dryRun(
  tx: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  change: AccessChange,
): Promise<never> {
  const before = await whatItSees(tx, await loadContact(tx, ctx, contactId));
  // Same answers as the contact routes: another organization's ids are 404s.
  for (const id of new Set(change.accountIds ?? [])) await assertAccountInOrg(tx, ctx, id);
  await assertBuildingsInOrg(tx, ctx, change.buildingIds ?? []);
  if (change.clientGroupId) await assertClientGroupInOrg(tx, ctx, change.clientGroupId);
  await applyChange(tx, ctx, contactId, change);
  const after = await whatItSees(tx, await loadContact(tx, ctx, contactId));
  // Thrown, not returned: the transaction must roll back, and this carries the answer out of it.
  throw new PreviewDone(compare(before, after));
}

function isSerializationFailure(error: unknown): boolean {
  const e = (error as { cause?: unknown })?.cause ?? error;
  return (e as { code?: string })?.code === '40001';
}
