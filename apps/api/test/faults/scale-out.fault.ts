import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DbHandle } from '@portico/db';
import { createTestDatabase, makeOfficeUser, makeOrganization, type TestDatabase } from '@portico/db/testing';
import { Queue } from 'bullmq';
import { sql } from 'drizzle-orm';
import { Redis } from 'ioredis';
import { type SmtpSink, startSmtpSink } from './harness/smtp-sink';
import {
  type Api,
  CONTACTS,
  deleteKeys,
  deliveries,
  deliveryStates,
  deliveryTimeoutMs,
  openDb,
  post,
  type Shared,
  seedOffice,
  sharedSettings,
  startApi,
  worker,
} from './harness/stack';
import { waitFor } from './harness/wait-for';
import type { WorkerProcess } from './harness/worker-process';

/**
 * Two API instances and two workers against one PostgreSQL and one Redis, as behind a load
 * balancer. Nothing may live in one process: sign-in limits hold across instances, a double
 * submit with one Idempotency-Key makes one batch even when the two requests land on different
 * instances at once, and two workers side by side send each invitation once and fire each
 * scheduled export once.
 */
describe('two API instances and two workers', () => {
  let database: TestDatabase;
  let handle: DbHandle;
  let sink: SmtpSink;
  let shared: Shared;
  let apis: Api[] = [];
  let workers: WorkerProcess[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    handle = openDb(database.url);
    sink = await startSmtpSink();
    shared = sharedSettings(database.url);
    const limits = { SIGN_IN_LIMIT_PER_ACCOUNT: '4', SIGN_IN_LIMIT_PER_IP: '1000' };
    apis = [await startApi(shared, limits), await startApi(shared, limits)];
    workers = [worker('worker-a', shared, sink), worker('worker-b', shared, sink)];
    await Promise.all(workers.map((w) => w.start()));
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all(apis.map((a) => a.close()));
    if (shared) await deleteKeys(shared.redisUrl, shared.redisPrefix);
    await sink?.close();
    await handle?.close();
    await database?.drop();
  });

  it('counts sign-in attempts across instances: the limit holds whichever instance is asked', async () => {
    const org = await makeOrganization(handle.db);
    const email = `limited-${Date.now()}@office.test`;
    await makeOfficeUser(handle.db, org.id, { email });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const api = apis[attempt % 2] as Api;
      const res = await post(api, '', '/api/v1/auth/sign-in', { email, password: 'wrong password' });
      statuses.push(res.status);
    }
    // 4 allowed per account, alternating instances: a per-process counter would allow 8.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('makes one batch of a double submit landing on both instances at once, and sends each email once', async () => {
    const [one, two] = apis as [Api, Api];
    const office = await seedOffice(handle.db, one.app, CONTACTS);
    const key = `double-${Date.now()}`;
    const body = { filter: { activeCustomersOnly: false } };
    const answers = await Promise.all([
      post(one, office.auth, '/api/v1/invitation-batches', body, { 'idempotency-key': key }),
      post(two, office.auth, '/api/v1/invitation-batches', body, { 'idempotency-key': key }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(answers[0]?.body.batchId).toBe(answers[1]?.body.batchId);
    expect(answers.map((a) => a.body.replayed).sort()).toEqual([false, true]);
    const batches = await handle.db.execute<{ n: number }>(
      sql`select count(*)::int as n from invitation_batches where org_id = ${office.orgId}`,
    );
    expect(batches.rows[0]?.n).toBe(1);
    const invitations = await handle.db.execute<{ n: number }>(
      sql`select count(*)::int as n from invitations where org_id = ${office.orgId}`,
    );
    expect(invitations.rows[0]?.n).toBe(CONTACTS);

    await waitFor(
      async () =>
        (await deliveryStates(handle.db, office.orgId)).sent === CONTACTS &&
        deliveries(sink, office.emails).missing === 0,
      'both workers to deliver the batch',
      deliveryTimeoutMs(CONTACTS),
      250,
    );
    // No crash here, so not even the crash bound: exactly one email each.
    expect(deliveries(sink, office.emails).duplicates).toBe(0);
    // Both workers were up and consuming the same queue throughout.
    expect(workers.filter((w) => w.running)).toHaveLength(2);
  });

  it('fires a scheduled export once per period with two workers registering the same scheduler', async () => {
    const [one] = apis as [Api, Api];
    const office = await seedOffice(handle.db, one.app, 2);
    const recipient = `scheduled-${Date.now()}@office.test`;
    const created = await post(one, office.auth, '/api/v1/report-schedules', {
      name: 'Weekly adoption',
      report: 'adoption',
      format: 'csv',
      recipients: [recipient],
      frequency: 'weekly',
      time: '07:15',
      weekday: 3,
      timezone: 'Europe/Paris',
    });
    expect(created.status).toBe(201);
    const scheduleId = created.body.id as string;
    // The worker's reports queue and scheduler id (apps/worker/src/queues/report-schedulers.ts).
    const connection = new Redis(shared.redisUrl, { maxRetriesPerRequest: null });
    const reports = new Queue('reports', { connection, prefix: shared.redisPrefix });
    const schedulerId = `report-schedule:${scheduleId}`;
    try {
      await waitFor(async () => (await reports.getJobScheduler(schedulerId)) !== undefined, 'the scheduler');
      // Test time: every 150 ms instead of Wednesdays at 07:15, so both workers see many fires.
      await reports.upsertJobScheduler(
        schedulerId,
        { every: 150 },
        { name: 'reportSchedule.fire', data: { scheduleId } },
      );
      await waitFor(async () => (sink.received.get(recipient) ?? 0) > 0, 'the scheduled email', 60_000, 100);
      // Some twenty more fires of the same week, taken by either worker.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const runs = await handle.db.execute<{ n: number }>(
        sql`select count(*)::int as n from report_runs where schedule_id = ${scheduleId}`,
      );
      expect(runs.rows[0]?.n).toBe(1);
      expect(sink.received.get(recipient)).toBe(1);
      expect(workers.filter((w) => w.running)).toHaveLength(2);
    } finally {
      await reports.removeJobScheduler(schedulerId);
      await reports.close();
      connection.disconnect();
    }
  });
});
