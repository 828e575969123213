import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type DbHandle, schema } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { count, eq } from 'drizzle-orm';
import {
  linkContactAccount,
  linkContactBuilding,
  unlinkContactAccount,
  updateContact,
} from '../contacts/contacts';
import type { OfficeContext } from '../context';
import { loadPortalContact } from '../portal-auth/portal-contacts';
import { portalViews } from '../portal-auth/portal-views';
import { buildingVisible, documentVisible } from '../portal-content/visibility';
import { previewAccessChange } from './access-preview';

let database: TestDatabase;
let handle: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 3 });
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const ctxOf = (orgId: string): OfficeContext => ({
  orgId,
  actor: { type: 'office_user', id: '00000000-0000-4000-8000-000000000001' },
  permissions: ['access.manage', 'contacts.write'],
});

/** What the portal shows the contact, over all of its views, by the portal's own rule. */
async function portalSees(orgId: string, contactId: string) {
  const db = handle.db;
  const contact = await loadPortalContact(db, contactId, orgId);
  const { views } = await portalViews(db, contact);
  const buildings = new Set<string>();
  const documents = new Map<string, string>();
  for (const view of views) {
    const scope = { contact, view };
    for (const b of await db
      .select({ id: schema.buildings.id })
      .from(schema.buildings)
      .where(buildingVisible(scope, schema.buildings.id))) {
      buildings.add(b.id);
    }
    for (const d of await db
      .select({ id: schema.documents.id, kind: schema.documents.kind })
      .from(schema.documents)
      .where(documentVisible(scope))) {
      documents.set(d.id, d.kind);
    }
  }
  const accounts = new Set(views.flatMap((v) => (v.kind === 'account' ? [v.id] : [])));
  return { buildings, documents, accounts };
}

const minus = <T>(a: Iterable<T>, b: { has: (x: T) => boolean }) => [...a].filter((x) => !b.has(x)).sort();

describe('access change dry run', () => {
  it('predicts exactly what saving the change then shows the contact, and saves nothing itself', async () => {
    const db = handle.db;
    const org = await makeOrganization(db);
    const ctx = ctxOf(org.id);
    const group = await makeClientGroup(db, org.id);
    const a1 = await makeAccount(db, org.id, { clientGroupId: group.id });
    const a2 = await makeAccount(db, org.id);
    const a3 = await makeAccount(db, org.id, { clientGroupId: group.id, active: false });
    const buildings = [];
    for (const a of [a1, a1, a2, a2, a3]) buildings.push(await makeBuilding(db, org.id, a.id));
    for (const b of buildings) {
      for (const kind of ['inspection_report', 'service_report', 'proposal', 'invoice'] as const) {
        await makeDocument(db, org.id, { accountId: b.accountId, buildingId: b.id }, { kind });
      }
    }
    for (const a of [a1, a2, a3]) {
      await makeDocument(db, org.id, { accountId: a.id }, { kind: 'invoice' });
      await makeDocument(db, org.id, { accountId: a.id }, { kind: 'inspection_report', published: false });
    }
    const [b0, , b2] = buildings;
    if (!b0 || !b2) throw new Error('buildings missing');
    const contact = await makeEnrolledContact(db, org.id, { accountId: a1.id, buildingId: b2.id });

    const outboxBefore = await db.select({ n: count() }).from(schema.outbox);
    const before = await portalSees(org.id, contact.id);
    const preview = await previewAccessChange(db, ctx, contact.id, {
      accountIds: [a2.id],
      buildingIds: [b0.id],
      access: { serviceReports: false, invoices: true },
    });
    // Nothing moved: the portal still shows the same, and no job or event was written.
    expect(await portalSees(org.id, contact.id)).toEqual(before);
    expect(await db.select({ n: count() }).from(schema.outbox)).toEqual(outboxBefore);

    // Now save the same change through the real contact functions.
    await unlinkContactAccount(db, ctx, contact.id, a1.id);
    await linkContactAccount(db, ctx, contact.id, a2.id, false);
    await db.delete(schema.contactBuildings).where(eq(schema.contactBuildings.contactId, contact.id));
    await linkContactBuilding(db, ctx, contact.id, b0.id);
    await updateContact(db, ctx, contact.id, { access: { serviceReports: false, invoices: true } });
    const after = await portalSees(org.id, contact.id);

    expect(preview.buildings.gained.map((b) => b.id).sort()).toEqual(
      minus(after.buildings, before.buildings),
    );
    expect(preview.buildings.lost.map((b) => b.id).sort()).toEqual(minus(before.buildings, after.buildings));
    expect(preview.accounts.gained.map((a) => a.id).sort()).toEqual(minus(after.accounts, before.accounts));
    expect(preview.accounts.lost.map((a) => a.id).sort()).toEqual(minus(before.accounts, after.accounts));
    const kindCounts = (ids: string[], from: Map<string, string>) => {
      const counts = { inspectionReport: 0, serviceReport: 0, proposal: 0, invoice: 0 };
      const key = {
        inspection_report: 'inspectionReport',
        service_report: 'serviceReport',
        proposal: 'proposal',
        invoice: 'invoice',
      } as const;
      for (const id of ids) counts[key[from.get(id) as keyof typeof key]] += 1;
      return counts;
    };
    const gained = minus(after.documents.keys(), before.documents);
    const lost = minus(before.documents.keys(), after.documents);
    expect(preview.documents.gained).toEqual(kindCounts(gained, after.documents));
    expect(preview.documents.lost).toEqual(kindCounts(lost, before.documents));
    // A real change on both sides, so the comparison above is not trivially empty.
    expect(gained.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);
  });

  it('survives a concurrent edit of the same contact', async () => {
    const db = handle.db;
    const org = await makeOrganization(db);
    const account = await makeAccount(db, org.id);
    await makeBuilding(db, org.id, account.id);
    const contact = await makeEnrolledContact(db, org.id, { accountId: account.id });
    const runs = await Promise.all([
      previewAccessChange(db, ctxOf(org.id), contact.id, { accountIds: [] }),
      updateContact(db, ctxOf(org.id), contact.id, { firstName: 'Renamed' }),
      previewAccessChange(db, ctxOf(org.id), contact.id, { accountIds: [] }),
    ]);
    expect(runs[0].buildings.lost).toHaveLength(1);
    expect(runs[2].buildings.lost).toHaveLength(1);
  });
});
