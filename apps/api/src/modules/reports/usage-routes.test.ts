import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeContact,
  makeDefect,
  makeEnrolledContact,
  makeOrganization,
} from '@portico/db/testing';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const { activityEvents, invitationEvents } = schema;
// One instant for the whole file, so the hours between seeded events are exact.
const start = Date.now();
const daysAgo = (days: number) => new Date(start - days * 24 * 3600 * 1000);

describe('GET /api/v1/reports/portal-usage', () => {
  const t = useTestApp();
  const get = (auth: string, query = '') =>
    request(t.app.server).get(`/api/v1/reports/portal-usage${query}`).set('authorization', auth);

  /** Two invited contacts: one registered 36 h later and active two days ago, one only invited. */
  async function seed(orgId: string) {
    const active = await makeEnrolledContact(t.db, orgId);
    const waiting = await makeContact(t.db, orgId, { inviteStatus: 'invited' });
    const event = (contactId: string, type: schema.InvitationEventType, createdAt: Date) => ({
      orgId,
      contactId,
      type,
      actorType: 'system' as const,
      createdAt,
    });
    await t.db
      .insert(invitationEvents)
      .values([
        event(active.id, 'invited', daysAgo(10)),
        event(active.id, 'link_opened', daysAgo(9.9)),
        event(active.id, 'registered', daysAgo(8.5)),
        event(waiting.id, 'invited', daysAgo(5)),
      ]);
    await t.db.insert(activityEvents).values([
      { orgId, contactId: active.id, type: 'sign_in', createdAt: daysAgo(2) },
      { orgId, contactId: active.id, type: 'document_downloaded', createdAt: daysAgo(2) },
      { orgId, contactId: active.id, type: 'search', createdAt: daysAgo(40) },
    ]);
    return { active, waiting };
  }

  it('answers the metrics of the organization over server time', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.read'] });
    await seed(org.id);
    const account = await makeAccount(t.db, org.id, { name: 'Nobody Enrolled' });
    await makeDefect(t.db, org.id, (await makeBuilding(t.db, org.id, account.id)).id, {
      severity: 'critical',
    });
    // Another organization's data never counts.
    const other = await makeOrganization(t.db);
    await seed(other.id);
    const theirs = await makeAccount(t.db, other.id);
    await makeDefect(t.db, other.id, (await makeBuilding(t.db, other.id, theirs.id)).id, {
      severity: 'critical',
    });

    const res = await get(auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      period: { from: null, to: new Date().toISOString().slice(0, 10) },
      invitedContacts: 2,
      activatedContacts: 1,
      activationRate: 0.5,
      monthlyActiveUsers: 1,
      funnel: { invited: 2, opened: 1, registered: 1, active: 1, tookAction: 1 },
      medianTimeToRegisterHours: 36,
      atRiskAccounts: {
        items: [
          {
            accountId: account.id,
            name: 'Nobody Enrolled',
            openCriticalDefects: 1,
            overdueInvoices: 0,
            overdueAmount: 0,
            invitableContacts: 0,
          },
        ],
        total: 1,
      },
    });
    expect(res.body.featureUsage).toEqual([
      { feature: 'sign_in', events: 1 },
      { feature: 'sign_out', events: 0 },
      { feature: 'document_viewed', events: 0 },
      { feature: 'document_downloaded', events: 1 },
      { feature: 'proposal_decided', events: 0 },
      { feature: 'search', events: 0 },
      { feature: 'invoice_pay_clicked', events: 0 },
    ]);
    const invitedTotal = res.body.cohorts.reduce((sum: number, c: { invited: number }) => sum + c.invited, 0);
    expect(invitedTotal).toBe(2);
    // makeEnrolledContact enrolls "now": the curve ends this week with that one contact.
    const curve = res.body.adoptionCurve;
    expect(curve.length).toBeGreaterThanOrEqual(2);
    expect(curve.at(-1).enrolledContacts).toBe(1);
    expect(curve[0].enrolledContacts).toBe(0);
  });

  it('limits the funnel to contacts first invited in the period', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.read'] });
    await seed(org.id);
    const from = daysAgo(7).toISOString().slice(0, 10);
    const res = await get(auth, `?from=${from}`);
    expect(res.status).toBe(200);
    expect(res.body.funnel).toEqual({ invited: 1, opened: 0, registered: 0, active: 0, tookAction: 0 });
    expect(res.body.medianTimeToRegisterHours).toBeNull();
    expect(res.body.activationRate).toBe(0.5);
  });

  it('refuses a `now` parameter, a bad date and a reversed period with 400', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['reports.read'] });
    expectProblem(await get(auth, '?now=2026-01-01'), 400);
    expectProblem(await get(auth, '?from=2026-13-45'), 400, 'from');
    expectProblem(await get(auth, '?from=2026-03-01&to=2026-02-01'), 400, 'from');
  });

  it('needs reports.read (403) and a signed-in user (401)', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['contacts.write'] });
    expectProblem(await get(auth), 403);
    expectProblem(await request(t.app.server).get('/api/v1/reports/portal-usage'), 401);
  });
});
