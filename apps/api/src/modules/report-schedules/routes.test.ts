import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const { outbox, reportRuns } = schema;

const weekly = {
  name: 'Monday adoption',
  report: 'adoption',
  table: 'emails',
  format: 'xlsx',
  filters: { customers: 'all', inviteStatus: ['invited'] },
  recipients: ['Ops@Example.test', 'ops@example.test', 'boss@example.test'],
  frequency: 'weekly',
  time: '08:30',
  weekday: 1,
  timezone: 'Europe/London',
};

describe('scheduled exports, send now and alert rules', () => {
  const t = useTestApp();
  const api = (auth: string) => ({
    get: (path: string) => request(t.app.server).get(`/api/v1${path}`).set('authorization', auth),
    post: (path: string, body?: object) =>
      request(t.app.server).post(`/api/v1${path}`).set('authorization', auth).send(body),
    put: (path: string, body: object) =>
      request(t.app.server).put(`/api/v1${path}`).set('authorization', auth).send(body),
    delete: (path: string) => request(t.app.server).delete(`/api/v1${path}`).set('authorization', auth),
  });
  const jobsOf = async (orgId: string, job: string) =>
    t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.orgId, orgId), eq(outbox.job, job)));

  it('creates, lists, edits, pauses, resumes, duplicates and deletes a schedule, syncing the worker each time', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.export'] });
    const office = api(auth);
    const created = await office.post('/report-schedules', weekly);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Monday adoption',
      table: 'emails',
      recipients: ['ops@example.test', 'boss@example.test'],
      weekday: 1,
      monthday: null,
      paused: false,
      lastRunAt: null,
    });
    // The next Monday 08:30 in London: 07:30 or 08:30 UTC depending on summer time.
    const next = new Date(created.body.nextRunAt);
    expect(next.getUTCDay()).toBe(1);
    expect(next.getUTCMinutes()).toBe(30);
    expect(next.getTime()).toBeGreaterThan(Date.now());
    const id = created.body.id as string;

    const list = await office.get('/report-schedules');
    expect(list.body).toMatchObject({ total: 1, nextCursor: null, items: [{ id }] });

    const edited = await office.put(`/report-schedules/${id}`, {
      ...weekly,
      frequency: 'monthly',
      monthday: 15,
      time: '23:00',
      timezone: 'America/New_York',
    });
    expect(edited.body).toMatchObject({ frequency: 'monthly', monthday: 15, weekday: null });

    expect((await office.post(`/report-schedules/${id}/pause`)).body).toMatchObject({
      paused: true,
      nextRunAt: null,
    });
    expect((await office.post(`/report-schedules/${id}/resume`)).body.paused).toBe(false);
    const copy = await office.post(`/report-schedules/${id}/duplicate`);
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ name: 'Monday adoption (copy)', paused: true });

    const sent = await office.post(`/report-schedules/${id}/send`);
    expect(sent.status).toBe(202);
    expect(sent.body).toMatchObject({ trigger: 'manual', scheduleId: id, status: 'queued', format: 'xlsx' });

    expect((await office.delete(`/report-schedules/${id}`)).status).toBe(204);
    expectProblem(await office.get(`/report-schedules/${id}`), 404);
    // create, edit, pause, resume, delete: each change told the worker in its own transaction.
    const syncs = (await jobsOf(org.id, 'reportSchedule.sync')).filter((j) => j.payload.scheduleId === id);
    expect(syncs).toHaveLength(5);
    expect((await jobsOf(org.id, 'reportRun.send')).map((j) => j.payload.runId)).toEqual([sent.body.id]);
  });

  it('emails an export now: one run, one outbox job, recipients checked', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.export'] });
    const office = api(auth);
    const res = await office.post('/reports/send', {
      report: 'usage',
      table: 'atRiskAccounts',
      format: 'csv',
      filters: { from: '2026-01-01' },
      recipients: ['a@example.test'],
    });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ trigger: 'manual', name: 'Portal usage report', status: 'queued' });
    const [run] = await t.db.select().from(reportRuns).where(eq(reportRuns.id, res.body.id));
    expect(run).toMatchObject({
      orgId: org.id,
      filters: { from: '2026-01-01' },
      reportTable: 'atRiskAccounts',
    });
    expect(await jobsOf(org.id, 'reportRun.send')).toHaveLength(1);

    const tooMany = Array.from({ length: 51 }, (_, i) => `r${i}@example.test`);
    const base = { report: 'adoption', format: 'csv', recipients: ['a@example.test'] };
    expectProblem(await office.post('/reports/send', { ...base, recipients: tooMany }), 400);
    expectProblem(await office.post('/reports/send', { ...base, recipients: ['not-an-email'] }), 400);
    expectProblem(await office.post('/reports/send', { ...base, recipients: [] }), 400);
    expectProblem(await office.post('/reports/send', { ...base, table: 'cohorts' }), 400, 'table');
    expectProblem(
      await office.post('/reports/send', { ...base, filters: { from: '2026-01-01' } }),
      400,
      'filters/from',
    );
  });

  it('refuses a schedule without its weekday, with a bad zone or time', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['reports.export'] });
    const office = api(auth);
    expectProblem(await office.post('/report-schedules', { ...weekly, weekday: null }), 400, 'weekday');
    expectProblem(
      await office.post('/report-schedules', { ...weekly, timezone: 'Mars/Olympus' }),
      400,
      'timezone',
    );
    expectProblem(await office.post('/report-schedules', { ...weekly, time: '25:00' }), 400);
    expectProblem(
      await office.post('/report-schedules', { ...weekly, frequency: 'monthly', monthday: 31 }),
      400,
    );
  });

  it('manages alert rules and lists their firings', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['reports.export'] });
    const office = api(auth);
    const rule = {
      name: 'Low activation',
      metric: 'activation_rate',
      comparator: 'lt',
      threshold: 40,
      period: 'daily',
      report: 'adoption',
      format: 'pdf',
      recipients: ['ops@example.test'],
    };
    const created = await office.post('/alert-rules', rule);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...rule, table: 'customers', paused: false, lastFiredAt: null });
    const id = created.body.id as string;
    expect((await office.put(`/alert-rules/${id}`, { ...rule, paused: true })).body.paused).toBe(true);
    expect((await office.get('/alert-rules')).body).toMatchObject({ total: 1, items: [{ id }] });
    expect((await office.get(`/alert-rules/${id}/firings`)).body).toEqual([]);
    expectProblem(await office.post('/alert-rules', { ...rule, threshold: 140 }), 400, 'threshold');
    expectProblem(await office.post('/alert-rules', { ...rule, metric: 'revenue' }), 400);
    expect((await office.delete(`/alert-rules/${id}`)).status).toBe(204);
    expectProblem(await office.get(`/alert-rules/${id}`), 404);
  });

  it('needs reports.export (403) and a signed-in user (401)', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['reports.read'] });
    const office = api(auth);
    expectProblem(await office.get('/report-schedules'), 403);
    expectProblem(await office.post('/report-schedules', weekly), 403);
    expectProblem(
      await office.post('/reports/send', { report: 'adoption', format: 'csv', recipients: ['a@b.test'] }),
      403,
    );
    expectProblem(await office.get('/alert-rules'), 403);
    expectProblem(await request(t.app.server).get('/api/v1/report-schedules'), 401);
  });
});
