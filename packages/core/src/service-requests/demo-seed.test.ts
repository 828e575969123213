import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type DbHandle, demoSignIns, schema, seedDemo } from '@portico/db';
import { createTestDatabase, type TestDatabase } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { loadPortalContact } from '../portal-auth/portal-contacts';
import { listPortalServiceRequests } from './lists';
import { getPortalServiceRequest } from './portal-requests';

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

describe('the demo service requests', () => {
  it('shows the demo customer requests in several states, each with its timeline', async () => {
    const db = handle.db;
    const [dana] = await db
      .select()
      .from(schema.contacts)
      .where(eq(schema.contacts.email, demoSignIns.customer.email));
    if (!dana) throw new Error('demo customer missing');
    const scope = {
      contact: await loadPortalContact(db, dana.id, dana.orgId),
      view: { kind: 'all' as const },
    };
    const page = await listPortalServiceRequests(db, scope, {}, { limit: 50 });
    expect(new Set(page.items.map((r) => r.status))).toEqual(
      new Set(['received', 'scheduled', 'done', 'declined']),
    );
    const declined = page.items.find((r) => r.status === 'declined');
    expect(declined?.declineReason).toBeTruthy();
    const done = page.items.find((r) => r.status === 'done');
    const detail = await getPortalServiceRequest(db, scope, done?.id ?? '');
    expect(detail.history.map((h) => h.toStatus)).toEqual(['received', 'scheduled', 'in_progress', 'done']);
    // Nothing of the seeded history waits to be emailed.
    const pending = await db
      .select()
      .from(schema.outbox)
      .where(eq(schema.outbox.job, 'serviceRequestNotice.send'));
    expect(pending).toEqual([]);
  });
});
