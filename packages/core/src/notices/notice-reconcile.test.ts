import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import { reconcileDocumentNotices } from './notice-reconcile';

const { documentNotices, outbox } = schema;

let database: TestDatabase;
let handle: DbHandle;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 4 });
  db = handle.db;
});
afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const jobsOf = (orgId: string, job: string) =>
  db
    .select()
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.job, job)));

describe('reconcileDocumentNotices', () => {
  it('queues again a notice orphaned in sending, and leaves a fresh one alone', async () => {
    const org = await makeOrganization(db);
    const contact = await makeEnrolledContact(db, org.id);
    const old = new Date(Date.now() - 3_600_000);
    const [orphan] = await db
      .insert(documentNotices)
      .values({ orgId: org.id, contactId: contact.id, documentIds: [], state: 'sending' })
      .returning();
    const [live] = await db
      .insert(documentNotices)
      .values({ orgId: org.id, contactId: contact.id, documentIds: [], state: 'sending' })
      .returning();
    if (!orphan || !live) throw new Error('insert failed');
    await db.update(documentNotices).set({ updatedAt: old }).where(eq(documentNotices.id, orphan.id));

    const result = await reconcileDocumentNotices(db, new Date(Date.now() - 600_000));
    expect(result.resumed).toBe(1);
    const states = await db.select().from(documentNotices).where(eq(documentNotices.orgId, org.id));
    expect(states.find((n) => n.id === orphan.id)?.state).toBe('queued');
    expect(states.find((n) => n.id === live.id)?.state).toBe('sending');
    expect((await jobsOf(org.id, 'documentNotice.send')).map((j) => j.payload)).toEqual([
      { noticeId: orphan.id },
    ]);
  });

  it('schedules a digest for publications no digest picked up, once', async () => {
    const org = await makeOrganization(db);
    const account = await makeAccount(db, org.id);
    const building = await makeBuilding(db, org.id, account.id);
    const longAgo = new Date(Date.now() - 3_600_000);
    await makeDocument(
      db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      { publishedAt: longAgo },
    );
    // Already notified, or too fresh to be stranded: not counted.
    await makeDocument(
      db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      { publishedAt: longAgo, notifiedAt: new Date() },
    );
    const quiet = await makeOrganization(db);
    const quietAccount = await makeAccount(db, quiet.id);
    await makeDocument(db, quiet.id, { accountId: quietAccount.id }, { publishedAt: new Date() });

    const olderThan = new Date(Date.now() - 600_000);
    await reconcileDocumentNotices(db, olderThan);
    await reconcileDocumentNotices(db, olderThan);
    expect(await jobsOf(org.id, 'documents.notify')).toHaveLength(1);
    expect(await jobsOf(quiet.id, 'documents.notify')).toHaveLength(0);
  });
});
