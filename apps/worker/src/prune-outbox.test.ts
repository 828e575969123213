import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { runSweepNow, useWorkerHarness } from '../test/worker-harness';

const { outbox } = schema;
const DAY_MS = 86_400_000;

describe('outbox pruning', () => {
  const h = useWorkerHarness();

  it('the sweep deletes rows relayed over a week ago and keeps the rest', async () => {
    const org = await makeOrganization(h.db);
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
    // A job no build knows keeps its rows unrelayed, and out of the relay's way.
    const row = (relayedAt: Date | null) => ({
      orgId: org.id,
      job: 'report.export',
      payload: {},
      relayedAt,
      createdAt: daysAgo(20),
    });
    await h.db.insert(outbox).values([row(daysAgo(8)), row(daysAgo(15)), row(daysAgo(6)), row(null)]);

    // The worker's own schedule may run its first prune at any moment too, so the outcome is
    // checked on the table rather than on which run did the deleting.
    const first = (await runSweepNow(h.worker, 'sweep.prune-outbox')) as { deleted: number };
    expect([0, 2]).toContain(first.deleted);
    const left = await h.db.select().from(outbox).where(eq(outbox.orgId, org.id));
    expect(left).toHaveLength(2);
    expect(left.filter((r) => r.relayedAt === null)).toHaveLength(1);
    expect(left.filter((r) => r.relayedAt !== null && r.relayedAt > daysAgo(7))).toHaveLength(1);
    expect(await runSweepNow(h.worker, 'sweep.prune-outbox')).toEqual({ deleted: 0 });
  });
});
