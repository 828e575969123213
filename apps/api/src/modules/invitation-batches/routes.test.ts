import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount, makeBuilding, makeContact } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const post = (auth: string, url: string, body: object) =>
  request(t.app.server).post(`/api/v1${url}`).set('authorization', auth).send(body);

/** Two divisions; Dayton has one contact in every situation the preview counts. */
async function fixture() {
  const office = await signedInOrg(t);
  const orgId = office.org.id;
  const dayton = await makeAccount(t.db, orgId, {
    division: 'Dayton',
    balanceDue: '120.00',
    autopay: false,
    activeServicesCount: 2,
  });
  const daytonPaid = await makeAccount(t.db, orgId, { division: 'Dayton', balanceDue: '0', autopay: true });
  const columbus = await makeAccount(t.db, orgId, { division: 'Columbus' });
  const inactive = await makeAccount(t.db, orgId, { division: 'Dayton', active: false });
  const site = await makeBuilding(t.db, orgId, dayton.id, { siteSource: 'Survey' });
  const c = {
    enrolled: await makeContact(t.db, orgId, { accountId: dayton.id, inviteStatus: 'enrolled' }),
    pending: await makeContact(t.db, orgId, { accountId: dayton.id, inviteStatus: 'invited' }),
    fresh: await makeContact(t.db, orgId, { accountId: dayton.id, isBillingContact: true }),
    expired: await makeContact(t.db, orgId, { buildingId: site.id, inviteStatus: 'expired' }),
    noEmail: await makeContact(t.db, orgId, { accountId: daytonPaid.id, email: null }),
    suspended: await makeContact(t.db, orgId, { accountId: daytonPaid.id, suspended: true }),
    columbus: await makeContact(t.db, orgId, { accountId: columbus.id }),
    inactive: await makeContact(t.db, orgId, { accountId: inactive.id }),
  };
  return { ...office, accounts: { dayton, daytonPaid, columbus, inactive }, c };
}

describe('bulk invite tool', () => {
  it('previews the counts for the filters', async () => {
    const { auth } = await fixture();
    const counts = async (filter: object) =>
      (await post(auth, '/invitation-batches/preview', { filter })).body;
    expect(await counts({ division: 'Dayton' })).toEqual({
      total: 6,
      accepted: 1,
      pending: 1,
      notSent: 2,
      cannotInvite: 1,
      suspended: 1,
    });
    expect((await counts({ division: 'Dayton', activeCustomersOnly: false })).total).toBe(7);
    expect((await counts({ division: 'Dayton', billingContactsOnly: true })).total).toBe(1);
    expect((await counts({ division: 'Dayton', withBalanceDue: true })).total).toBe(4);
    expect((await counts({ division: 'Dayton', withoutAutopay: true })).total).toBe(4);
    expect((await counts({ division: 'Dayton', withActiveServices: true })).total).toBe(4);
    expect((await counts({ siteSource: 'Survey' })).total).toBe(4);
    expect((await counts({ division: 'Nowhere' })).total).toBe(0);
  });

  it('drills down from a count to its contacts', async () => {
    const { auth, c } = await fixture();
    const res = await post(auth, '/invitation-batches/preview/recipients', {
      filter: { division: 'Dayton' },
      category: 'notSent',
      limit: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(2);
    expect(res.body.items).toHaveLength(1);
    const next = await post(auth, '/invitation-batches/preview/recipients', {
      filter: { division: 'Dayton' },
      category: 'notSent',
      limit: 1,
      cursor: res.body.nextCursor,
    });
    const ids = [res.body.items[0].id, next.body.items[0].id].sort();
    expect(ids).toEqual([c.fresh.id, c.expired.id].sort());
    expect(next.body.nextCursor).toBeNull();
  });

  it('sends to the invitable contacts, with sender and template, and reports progress', async () => {
    const { auth, org, c } = await fixture();
    const [template] = await t.db
      .insert(schema.notificationTemplates)
      .values({
        orgId: org.id,
        kind: 'invitation',
        name: 'Spring',
        subject: 's',
        htmlBody: 'h',
        textBody: 't',
      })
      .returning();
    const res = await request(t.app.server)
      .post('/api/v1/invitation-batches')
      .set('authorization', auth)
      .set('idempotency-key', 'tool-1')
      .send({ filter: { division: 'Dayton' }, fromAddress: 'service@acme.test', templateId: template?.id });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ invited: 3, skipped: { enrolled: 1, noEmail: 1, suspended: 1 } });
    const invitations = await t.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.batchId, res.body.batchId));
    expect(invitations.map((i) => i.contactId).sort()).toEqual(
      [c.pending.id, c.fresh.id, c.expired.id].sort(),
    );
    for (const i of invitations)
      expect(i).toMatchObject({ fromAddress: 'service@acme.test', templateId: template?.id });

    const progress = await request(t.app.server)
      .get(`/api/v1/invitation-batches/${res.body.batchId}`)
      .set('authorization', auth);
    expect(progress.body).toMatchObject({ total: 3, queued: 3, sent: 0, failed: 0, done: false });
    await t.db
      .update(schema.invitations)
      .set({ deliveryState: 'sent' })
      .where(eq(schema.invitations.contactId, c.fresh.id));
    await t.db
      .update(schema.invitations)
      .set({ deliveryState: 'failed' })
      .where(eq(schema.invitations.contactId, c.expired.id));
    await t.db
      .update(schema.invitations)
      .set({ deliveryState: 'sent' })
      .where(eq(schema.invitations.contactId, c.pending.id));
    const after = await request(t.app.server)
      .get(`/api/v1/invitation-batches/${res.body.batchId}`)
      .set('authorization', auth);
    expect(after.body).toMatchObject({ queued: 0, sent: 2, failed: 1, done: true });
  });

  it('refuses a template of another kind and a staff user without invitations.send', async () => {
    const { auth, org } = await fixture();
    const [reset] = await t.db
      .insert(schema.notificationTemplates)
      .values({
        orgId: org.id,
        kind: 'password_reset',
        name: 'Reset',
        subject: 's',
        htmlBody: 'h',
        textBody: 't',
      })
      .returning();
    expectProblem(
      await post(auth, '/invitation-batches', { filter: {}, templateId: reset?.id }),
      422,
      'templateId',
    );
    expectProblem(
      await post(auth, '/invitation-batches', { filter: {}, templateId: crypto.randomUUID() }),
      404,
    );
    const staff = await signedInOrg(t, { permissions: ['contacts.write', 'reports.read'] });
    expect((await post(staff.auth, '/invitation-batches/preview', { filter: {} })).status).toBe(200);
    expectProblem(await post(staff.auth, '/invitation-batches', { filter: {} }), 403);
  });

  it('validates filters and categories', async () => {
    const { auth } = await signedInOrg(t);
    expectProblem(
      await post(auth, '/invitation-batches/preview', { filter: { colour: 'red' } }),
      400,
      'filter.colour',
    );
    expectProblem(
      await post(auth, '/invitation-batches/preview/recipients', { filter: {}, category: 'everyone' }),
      400,
      'category',
    );
  });
});
