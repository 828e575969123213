import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount } from '@portico/db/testing';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

const report = (auth: string, query: Record<string, string | string[]> = {}) =>
  api().get('/api/v1/reports/channel-shift').query(query).set('authorization', auth);

describe('GET /reports/channel-shift', () => {
  it('answers every month of the period with per-channel counts and the portal share', async () => {
    const { org, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id);
    const [thread] = await t.db
      .insert(schema.messageThreads)
      .values({ orgId: org.id, accountId: account.id, subject: 'Boiler', startedBy: 'contact' })
      .returning();
    await t.db.insert(schema.messages).values([
      {
        orgId: org.id,
        threadId: thread?.id ?? '',
        authorKind: 'contact',
        body: 'Hi',
        createdAt: new Date('2026-02-10T00:00:00Z'),
      },
      {
        orgId: org.id,
        threadId: thread?.id ?? '',
        authorKind: 'office',
        body: 'Hello',
        createdAt: new Date('2026-02-10T01:00:00Z'),
      },
    ]);
    await api()
      .post('/api/v1/inbound-contacts')
      .set('authorization', auth)
      .send({ channel: 'call', occurredAt: '2026-02-11T09:00:00Z', count: 3 })
      .expect(201);

    const res = await report(auth, { from: '2026-01', to: '2026-03', customer: [account.id] });
    expect(res.status).toBe(200);
    expect(res.body.period).toEqual({ from: '2026-01', to: '2026-03', timeZone: 'UTC' });
    expect(res.body.months).toEqual([
      { month: '2026-01', portalMessages: 0, serviceRequests: 0, emails: 0, calls: 0, portalShare: null },
      { month: '2026-02', portalMessages: 1, serviceRequests: 0, emails: 0, calls: 0, portalShare: 1 },
      { month: '2026-03', portalMessages: 0, serviceRequests: 0, emails: 0, calls: 0, portalShare: null },
    ]);
    // The unattributed calls count without a customer filter only.
    const whole = await report(auth, { from: '2026-02', to: '2026-02' });
    expect(whole.body.totals).toEqual({
      portalMessages: 1,
      serviceRequests: 0,
      emails: 0,
      calls: 3,
      portalShare: 0.25,
    });
  });

  it('defaults to the last 12 months', async () => {
    const { auth } = await signedInOrg(t);
    const res = await report(auth);
    expect(res.status).toBe(200);
    expect(res.body.months).toHaveLength(12);
    expect(res.body.period.to).toBe(new Date().toISOString().slice(0, 7));
  });

  it('answers problem+json for a bad period or filter, 403 without reports.read', async () => {
    const { auth } = await signedInOrg(t);
    expectProblem(await report(auth, { from: '2026-1' }), 400, 'from');
    expectProblem(await report(auth, { from: '2026-05', to: '2026-01' }), 400, 'from');
    expectProblem(await report(auth, { from: '2010-01', to: '2026-01' }), 400, 'from');
    expectProblem(await report(auth, { customer: ['not-a-uuid'] }), 400);
    expectProblem(await report(auth, { now: '2026-01-01' }), 400);
    const noReports = await signedInOrg(t, { permissions: ['contacts.write'] });
    expectProblem(await report(noReports.auth), 403);
  });
});
