import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type DbHandle, demoSignIns, schema, seedDemo } from '@portico/db';
import { createTestDatabase, type TestDatabase } from '@portico/db/testing';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import { loadPortalContact } from '../portal-auth/portal-contacts';
import { resolvePortalView } from '../portal-auth/portal-views';
import { defectVisible, documentVisible } from './visibility';

/** The demo organization `pnpm start` seeds must show a customer a full, believable portal. */
let database: TestDatabase;
let handle: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 2 });
  await handle.db.transaction((tx) => seedDemo(tx));
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

describe('the demo content', () => {
  it('gives the demo customer documents of every kind, each with a PDF, and some defects', async () => {
    const db = handle.db;
    const [dana] = await db
      .select()
      .from(schema.contacts)
      .where(eq(schema.contacts.email, demoSignIns.customer.email));
    if (!dana) throw new Error('demo customer missing');
    const contact = await loadPortalContact(db, dana.id, dana.orgId);
    const { view } = await resolvePortalView(db, contact, undefined);
    const scope = { contact, view };
    const byKind = await db
      .select({
        kind: schema.documents.kind,
        n: count(),
        withFile: sql<number>`count(${schema.documents.fileId})::int`,
      })
      .from(schema.documents)
      .where(documentVisible(scope))
      .groupBy(schema.documents.kind);
    expect(byKind.map((r) => r.kind).sort()).toEqual([
      'inspection_report',
      'invoice',
      'proposal',
      'service_report',
    ]);
    for (const row of byKind) expect(row.withFile).toBe(row.n);
    const [defects] = await db.select({ n: count() }).from(schema.defects).where(defectVisible(scope));
    expect(defects?.n).toBeGreaterThan(5);
  });

  it('stores real PDFs, and marks seeded documents as already notified', async () => {
    const db = handle.db;
    const [file] = await db.select().from(schema.files).limit(1);
    expect(file?.data.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file?.byteSize).toBe(file?.data.length);
    const [pending] = await db
      .select({ n: count() })
      .from(schema.documents)
      .where(and(eq(schema.documents.published, true), isNull(schema.documents.notifiedAt)));
    expect(pending?.n).toBe(0);
  });
});
