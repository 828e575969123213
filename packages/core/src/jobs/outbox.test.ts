import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import { createTestDatabase, makeOrganization, type TestDatabase } from '@portico/db/testing';
import { asc, eq } from 'drizzle-orm';
import { pruneRelayedOutbox } from './outbox';

const { outbox } = schema;
const DAY_MS = 86_400_000;

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 2 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

describe('pruneRelayedOutbox', () => {
  it('deletes rows relayed before the cutoff, a batch at a time, and never an unrelayed one', async () => {
    const org = await makeOrganization(db);
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
    const row = (label: string, relayedAt: Date | null, createdAt: Date) => ({
      orgId: org.id,
      job: 'invitation.send',
      payload: { invitationId: label },
      relayedAt,
      createdAt,
    });
    await db.insert(outbox).values([
      row('old-1', daysAgo(30), daysAgo(30)),
      row('old-2', daysAgo(9), daysAgo(9)),
      row('old-3', daysAgo(8), daysAgo(10)),
      // Written long ago and never relayed (Redis down, or a job no worker routes yet): kept.
      row('waiting', null, daysAgo(40)),
      row('recent', daysAgo(6), daysAgo(8)),
    ]);
    const cutoff = daysAgo(7);

    expect(await pruneRelayedOutbox(db, cutoff, 2)).toBe(2);
    expect(await pruneRelayedOutbox(db, cutoff, 2)).toBe(1);
    expect(await pruneRelayedOutbox(db, cutoff, 2)).toBe(0);

    const left = await db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(eq(outbox.orgId, org.id))
      .orderBy(asc(outbox.id));
    expect(left.map((r) => r.payload.invitationId)).toEqual(['waiting', 'recent']);
  });
});
