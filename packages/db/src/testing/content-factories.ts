import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../client';
import * as s from '../schema';

/** Factories for portal content. Rows are published unless told otherwise, since most tests need that. */
const unique = () => randomBytes(4).toString('hex');

export async function makeDocument(
  db: DbOrTx,
  orgId: string,
  where: { accountId: string; buildingId?: string | null },
  overrides: Partial<typeof s.documents.$inferInsert> = {},
) {
  const u = unique();
  const [row] = await db
    .insert(s.documents)
    .values({
      orgId,
      accountId: where.accountId,
      buildingId: where.buildingId ?? null,
      kind: 'inspection_report',
      title: `Document ${u}`,
      number: `D-${u}`,
      issuedOn: '2026-10-01',
      published: true,
      publishedAt: new Date(),
      externalId: `doc-${u}`,
      ...overrides,
    })
    .returning();
  return row as typeof s.documents.$inferSelect;
}

export async function makeAsset(
  db: DbOrTx,
  orgId: string,
  buildingId: string,
  overrides: Partial<typeof s.assets.$inferInsert> = {},
) {
  const u = unique();
  const [row] = await db
    .insert(s.assets)
    .values({
      orgId,
      buildingId,
      name: `Asset ${u}`,
      assetType: 'Extinguisher',
      externalId: `asset-${u}`,
      ...overrides,
    })
    .returning();
  return row as typeof s.assets.$inferSelect;
}

export async function makeDefect(
  db: DbOrTx,
  orgId: string,
  buildingId: string,
  overrides: Partial<typeof s.defects.$inferInsert> = {},
) {
  const u = unique();
  const [row] = await db
    .insert(s.defects)
    .values({
      orgId,
      buildingId,
      assetType: 'Extinguisher',
      description: `Defect ${u}`,
      severity: 'non_conformance',
      raisedOn: '2026-10-01',
      published: true,
      externalId: `defect-${u}`,
      ...overrides,
    })
    .returning();
  return row as typeof s.defects.$inferSelect;
}

export async function makeTask(
  db: DbOrTx,
  orgId: string,
  buildingId: string,
  overrides: Partial<typeof s.tasks.$inferInsert> = {},
) {
  const u = unique();
  const [row] = await db
    .insert(s.tasks)
    .values({
      orgId,
      buildingId,
      kind: 'routine',
      title: `Task ${u}`,
      dueOn: '2026-10-15',
      externalId: `task-${u}`,
      ...overrides,
    })
    .returning();
  return row as typeof s.tasks.$inferSelect;
}

export async function makeQuote(
  db: DbOrTx,
  orgId: string,
  buildingId: string,
  overrides: Partial<typeof s.quotes.$inferInsert> = {},
) {
  const u = unique();
  const [row] = await db
    .insert(s.quotes)
    .values({
      orgId,
      buildingId,
      kind: 'defect_quote',
      title: `Quote ${u}`,
      number: `Q-${u}`,
      amount: '250.00',
      issuedOn: '2026-10-01',
      published: true,
      externalId: `quote-${u}`,
      ...overrides,
    })
    .returning();
  return row as typeof s.quotes.$inferSelect;
}
