import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type DbHandle, demoSignIns, schema, seedDemo } from '@portico/db';
import { createTestDatabase, type TestDatabase } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import { invoicePayable } from '../payments/payable';
import { loadPortalContact } from '../portal-auth/portal-contacts';
import { resolvePortalView } from '../portal-auth/portal-views';
import { documentVisible } from '../portal-content/visibility';
import { getPortalHelpArticle, listPortalHelpArticles } from './portal-articles';

/** The demo organization shows help articles (with topics) and "Pay now" on its unpaid invoices. */
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

async function demoScope() {
  const db = handle.db;
  const [dana] = await db
    .select()
    .from(schema.contacts)
    .where(eq(schema.contacts.email, demoSignIns.customer.email));
  if (!dana) throw new Error('demo customer missing');
  const contact = await loadPortalContact(db, dana.id, dana.orgId);
  const { view } = await resolvePortalView(db, contact, undefined);
  return { contact, view };
}

describe('the demo help and payments', () => {
  it('publishes help articles for the empty states, rendered to safe HTML', async () => {
    const scope = await demoScope();
    const articles = await listPortalHelpArticles(handle.db, scope, {});
    expect(articles.length).toBeGreaterThanOrEqual(3);
    expect(new Set(articles.map((a) => a.topic))).toEqual(
      new Set(['documents', 'invoices', 'properties', 'sign_in']),
    );
    const paying = await getPortalHelpArticle(handle.db, scope, 'paying-invoices');
    expect(paying.html).toContain('<h2>Pay now</h2>');
    expect(paying.html).toContain('href="mailto:accounts@northwind.example"');
  });

  it('offers "Pay now" on some of the demo customer’s invoices', async () => {
    const scope = await demoScope();
    const payable = await handle.db
      .select({ id: schema.documents.id })
      .from(schema.documents)
      .where(and(documentVisible(scope, ['invoice']), invoicePayable()));
    expect(payable.length).toBeGreaterThan(0);
  });
});
