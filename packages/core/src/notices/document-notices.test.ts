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
import { and, eq, sql } from 'drizzle-orm';
import {
  createDocumentNotices,
  DOCUMENT_NOTICE_DEBOUNCE_MS,
  DOCUMENT_NOTICE_JOIN_MARGIN_MS,
  scheduleDocumentNotices,
} from './document-notices';

const { documentNotices, documents, outbox } = schema;

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 6 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const digestsOf = (orgId: string) =>
  db
    .select()
    .from(outbox)
    .where(and(eq(outbox.orgId, orgId), eq(outbox.job, 'documents.notify')));

const schedule = (orgId: string) => db.transaction((tx) => scheduleDocumentNotices(tx, orgId));

describe('scheduleDocumentNotices', () => {
  it('schedules one delayed digest per organization for a burst of publications', async () => {
    const org = await makeOrganization(db);
    const other = await makeOrganization(db);
    const before = Date.now();
    await schedule(org.id);
    await schedule(org.id);
    await schedule(org.id);
    await schedule(other.id);

    const rows = await digestsOf(org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload).toEqual({ orgId: org.id });
    const delay = (rows[0]?.runAt?.getTime() ?? 0) - before;
    expect(delay).toBeGreaterThanOrEqual(DOCUMENT_NOTICE_DEBOUNCE_MS - 1000);
    expect(delay).toBeLessThanOrEqual(DOCUMENT_NOTICE_DEBOUNCE_MS + 5000);
    expect(await digestsOf(other.id)).toHaveLength(1);
  });

  it('still joins a digest already relayed to the queue, as long as it has not run', async () => {
    const org = await makeOrganization(db);
    await schedule(org.id);
    // The relay moves rows into BullMQ within a fifth of a second; the delayed job is still waiting.
    await db.update(outbox).set({ relayedAt: new Date() }).where(eq(outbox.orgId, org.id));
    await schedule(org.id);
    expect(await digestsOf(org.id)).toHaveLength(1);
  });

  it('schedules a new digest once the pending one is about to run (or has run)', async () => {
    const org = await makeOrganization(db);
    await schedule(org.id);
    // Too close to running: this transaction's documents might miss its claim.
    await db
      .update(outbox)
      .set({ runAt: new Date(Date.now() + DOCUMENT_NOTICE_JOIN_MARGIN_MS / 2) })
      .where(eq(outbox.orgId, org.id));
    await schedule(org.id);
    expect(await digestsOf(org.id)).toHaveLength(2);
  });

  it('writes nothing when the transaction rolls back', async () => {
    const org = await makeOrganization(db);
    await db
      .transaction(async (tx) => {
        await scheduleDocumentNotices(tx, org.id);
        throw new Error('ingest failed');
      })
      .catch(() => undefined);
    expect(await digestsOf(org.id)).toHaveLength(0);
  });
});

describe('createDocumentNotices', () => {
  async function setup() {
    const org = await makeOrganization(db);
    const account = await makeAccount(db, org.id);
    const building = await makeBuilding(db, org.id, account.id);
    const contact = await makeEnrolledContact(db, org.id, { accountId: account.id });
    return { org, account, building, contact };
  }

  it('claims published, un-notified documents once, with one notice and one send job per contact', async () => {
    const { org, account, building, contact } = await setup();
    const docs = await Promise.all(
      [1, 2, 3].map(() => makeDocument(db, org.id, { accountId: account.id, buildingId: building.id })),
    );
    const draft = await makeDocument(
      db,
      org.id,
      { accountId: account.id, buildingId: building.id },
      { published: false },
    );

    expect(await createDocumentNotices(db, org.id)).toEqual({ documents: 3, notices: 1 });
    const [notice, ...others] = await db
      .select()
      .from(documentNotices)
      .where(eq(documentNotices.orgId, org.id));
    expect(others).toHaveLength(0);
    expect(notice).toMatchObject({ contactId: contact.id, state: 'queued', attempts: 0 });
    expect([...(notice?.documentIds ?? [])].sort()).toEqual(docs.map((d) => d.id).sort());
    const jobs = await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orgId, org.id), eq(outbox.job, 'documentNotice.send')));
    expect(jobs.map((j) => j.payload)).toEqual([{ noticeId: notice?.id }]);

    const [unpublished] = await db.select().from(documents).where(eq(documents.id, draft.id));
    expect(unpublished?.notifiedAt).toBeNull();
    // A second run has nothing new.
    expect(await createDocumentNotices(db, org.id)).toEqual({ documents: 0, notices: 0 });
  });

  it('lets digests racing on one organization split the documents, never share one', async () => {
    const { org, account, building } = await setup();
    await makeEnrolledContact(db, org.id, { buildingId: building.id });
    const docs = await Promise.all(
      Array.from({ length: 40 }, () =>
        makeDocument(db, org.id, { accountId: account.id, buildingId: building.id }),
      ),
    );
    const runs = await Promise.all(Array.from({ length: 4 }, () => createDocumentNotices(db, org.id)));
    expect(runs.reduce((n, r) => n + r.documents, 0)).toBe(docs.length);

    const notices = await db.select().from(documentNotices).where(eq(documentNotices.orgId, org.id));
    // Per contact, each document in exactly one notice.
    for (const contactId of new Set(notices.map((n) => n.contactId))) {
      const ids = notices.filter((n) => n.contactId === contactId).flatMap((n) => n.documentIds);
      expect(ids).toHaveLength(docs.length);
      expect(new Set(ids).size).toBe(docs.length);
    }
  });

  it('waits for a digest in flight instead of claiming its documents again', async () => {
    const { org, account, building } = await setup();
    await makeDocument(db, org.id, { accountId: account.id, buildingId: building.id });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstClaimed: (v: unknown) => void = () => undefined;
    const claimedOnce = new Promise((resolve) => {
      firstClaimed = resolve;
    });
    const first = db.transaction(async (tx) => {
      const run = await createDocumentNotices(tx, org.id);
      firstClaimed(run);
      await held;
      return run;
    });
    await claimedOnce;
    const second = createDocumentNotices(db, org.id);
    // The second blocks on the first's row locks; give it time to get there.
    await db.execute(sql`select pg_sleep(0.2)`);
    release();
    expect(await first).toEqual({ documents: 1, notices: 1 });
    expect(await second).toEqual({ documents: 0, notices: 0 });
  });
});
