import { describe, expect, it } from '@jest/globals';
import { claimInvitationSend, inviteContact, markInvitationSent, systemActor } from '@portico/core';
import { schema } from '@portico/db';
import { makeAccount, makeContact, makeDocument, makeEnrolledContact } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { allAreas, portalAs } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const { outbox, webhookDeliveries, webhookEndpoints } = schema;
const t = useTestApp();
const api = () => request(t.app.server);
const as = portalAs(t);
// A public address (TEST-NET would be "reserved"): the guard only resolves, nothing is sent here.
const PUBLIC_URL = 'https://93.184.215.14/hooks/portico';

async function create(auth: string, body: object = { url: PUBLIC_URL, events: ['contact.enrolled'] }) {
  return api().post('/api/v1/webhooks').set('authorization', auth).send(body);
}

async function endpointFor(auth: string, events: string[]) {
  const res = await create(auth, { url: PUBLIC_URL, events });
  expect(res.status).toBe(201);
  return res.body.endpoint as { id: string };
}

const deliveriesOf = (endpointId: string) =>
  t.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));

describe('webhook endpoints: happy paths', () => {
  it('creates an endpoint whose secret is shown once and never listed', async () => {
    const { auth } = await signedInOrg(t);
    const res = await create(auth, {
      url: PUBLIC_URL,
      description: ' CRM sync ',
      events: ['contact.enrolled', 'proposal.accepted'],
    });
    expect(res.status).toBe(201);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(res.body.endpoint).toMatchObject({
      url: PUBLIC_URL,
      description: 'CRM sync',
      events: ['contact.enrolled', 'proposal.accepted'],
      secretPrefix: res.body.secret.slice(0, 10),
      enabled: true,
      disabledReason: null,
      consecutiveFailures: 0,
    });
    const list = await api().get('/api/v1/webhooks').set('authorization', auth);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(JSON.stringify(list.body)).not.toContain(res.body.secret);
    const one = await api().get(`/api/v1/webhooks/${res.body.endpoint.id}`).set('authorization', auth);
    expect(JSON.stringify(one.body)).not.toContain(res.body.secret);

    const rotated = await api()
      .post(`/api/v1/webhooks/${res.body.endpoint.id}/rotate-secret`)
      .set('authorization', auth);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(res.body.secret);
    const [row] = await t.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, res.body.endpoint.id));
    expect(row?.secret).toBe(rotated.body.secret);
  });

  it('updates, disables, re-enables and deletes', async () => {
    const { auth } = await signedInOrg(t);
    const { id } = await endpointFor(auth, ['contact.enrolled']);
    const patched = await api()
      .patch(`/api/v1/webhooks/${id}`)
      .set('authorization', auth)
      .send({ events: ['invitation.sent'], enabled: false });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      events: ['invitation.sent'],
      enabled: false,
      disabledReason: 'Disabled by the office.',
    });
    // A disabled endpoint takes no test event.
    expectProblem(await api().post(`/api/v1/webhooks/${id}/test`).set('authorization', auth), 422);
    const enabled = await api().post(`/api/v1/webhooks/${id}/enable`).set('authorization', auth);
    expect(enabled.body).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null });
    expect((await api().delete(`/api/v1/webhooks/${id}`).set('authorization', auth)).status).toBe(204);
    expectProblem(await api().get(`/api/v1/webhooks/${id}`).set('authorization', auth), 404);
  });

  it('queues a test event and replays a delivery with the same event id, listed newest first', async () => {
    const { auth } = await signedInOrg(t);
    const { id } = await endpointFor(auth, ['contact.enrolled']);
    const test = await api().post(`/api/v1/webhooks/${id}/test`).set('authorization', auth);
    expect(test.status).toBe(202);
    expect(test.body).toMatchObject({ eventType: 'webhook.test', status: 'pending', attempts: 0 });
    const replay = await api()
      .post(`/api/v1/webhooks/${id}/deliveries/${test.body.id}/replay`)
      .set('authorization', auth);
    expect(replay.status).toBe(202);
    expect(replay.body).toMatchObject({ eventId: test.body.eventId, replayOf: test.body.id });
    expect(replay.body.payload).toEqual(test.body.payload);

    const jobs = await t.db.select().from(outbox).where(eq(outbox.job, 'webhook.deliver'));
    const queued = jobs.map((j) => j.payload.deliveryId);
    expect(queued).toEqual(expect.arrayContaining([test.body.id, replay.body.id]));
    // Outbox payloads carry the delivery id only: never the secret or the body.
    for (const j of jobs) expect(Object.keys(j.payload)).toEqual(['deliveryId']);

    const log = await api().get(`/api/v1/webhooks/${id}/deliveries?limit=1`).set('authorization', auth);
    expect(log.body).toMatchObject({ total: 2, items: [{ id: replay.body.id }] });
    const next = await api()
      .get(`/api/v1/webhooks/${id}/deliveries?limit=1&cursor=${log.body.nextCursor}`)
      .set('authorization', auth);
    expect(next.body.items.map((d: { id: string }) => d.id)).toEqual([test.body.id]);
    const filtered = await api()
      .get(`/api/v1/webhooks/${id}/deliveries?status=succeeded`)
      .set('authorization', auth);
    expect(filtered.body).toMatchObject({ total: 0, items: [] });
    const byEvent = await api()
      .get(`/api/v1/webhooks/${id}/deliveries?event=webhook.test`)
      .set('authorization', auth);
    expect(byEvent.body.total).toBe(2);
  });
});

describe('webhook endpoints: the SSRF guard', () => {
  const refused = [
    'http://127.0.0.1:8080/hook',
    'http://localhost:8080/hook',
    'http://10.1.2.3/hook',
    'http://192.168.0.10/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/hook',
    'http://[fd00::1]/hook',
    'http://[::ffff:127.0.0.1]/hook',
    'http://0.0.0.0/hook',
  ];

  it.each(refused)('refuses %s while private targets are off', async (url) => {
    const { auth } = await signedInOrg(t);
    expectProblem(await create(auth, { url, events: ['contact.enrolled'] }), 400, 'url');
  });

  it('refuses other schemes, credentials and unresolvable hosts', async () => {
    const { auth } = await signedInOrg(t);
    for (const url of [
      'ftp://93.184.215.14/x',
      'https://user:pw@93.184.215.14/x',
      'https://no-such-host.invalid/x',
    ]) {
      expectProblem(await create(auth, { url, events: ['contact.enrolled'] }), 400, 'url');
    }
  });

  it('accepts loopback once the organization allows private targets, but never 0.0.0.0 or multicast', async () => {
    const { auth } = await signedInOrg(t);
    const setting = await api()
      .patch('/api/v1/settings')
      .set('authorization', auth)
      .send({ webhooksAllowPrivateTargets: true });
    expect(setting.status).toBe(200);
    expect(setting.body.webhooksAllowPrivateTargets).toBe(true);
    expect(
      (await create(auth, { url: 'http://localhost:8080/hook', events: ['contact.enrolled'] })).status,
    ).toBe(201);
    expectProblem(
      await create(auth, { url: 'http://0.0.0.0/hook', events: ['contact.enrolled'] }),
      400,
      'url',
    );
    expectProblem(
      await create(auth, { url: 'http://224.0.0.1/hook', events: ['contact.enrolled'] }),
      400,
      'url',
    );
  });

  it('checks a changed URL too', async () => {
    const { auth } = await signedInOrg(t);
    const { id } = await endpointFor(auth, ['contact.enrolled']);
    const res = await api()
      .patch(`/api/v1/webhooks/${id}`)
      .set('authorization', auth)
      .send({ url: 'http://127.0.0.1/x' });
    expectProblem(res, 400, 'url');
  });
});

describe('webhook endpoints: security', () => {
  it("answers 404 for another organization's endpoint and delivery ids", async () => {
    const mine = await signedInOrg(t);
    const theirs = await signedInOrg(t);
    const { id } = await endpointFor(theirs.auth, ['contact.enrolled']);
    const test = await api().post(`/api/v1/webhooks/${id}/test`).set('authorization', theirs.auth);
    const a = mine.auth;
    expectProblem(await api().get(`/api/v1/webhooks/${id}`).set('authorization', a), 404);
    expectProblem(
      await api().patch(`/api/v1/webhooks/${id}`).set('authorization', a).send({ enabled: false }),
      404,
    );
    expectProblem(await api().delete(`/api/v1/webhooks/${id}`).set('authorization', a), 404);
    expectProblem(await api().post(`/api/v1/webhooks/${id}/test`).set('authorization', a), 404);
    expectProblem(await api().post(`/api/v1/webhooks/${id}/rotate-secret`).set('authorization', a), 404);
    expectProblem(await api().post(`/api/v1/webhooks/${id}/enable`).set('authorization', a), 404);
    expectProblem(await api().get(`/api/v1/webhooks/${id}/deliveries`).set('authorization', a), 404);
    expectProblem(
      await api().post(`/api/v1/webhooks/${id}/deliveries/${test.body.id}/replay`).set('authorization', a),
      404,
    );
    // And their own endpoint, with the other organization's delivery id, is a 404 too.
    const own = await endpointFor(a, ['contact.enrolled']);
    expectProblem(
      await api()
        .post(`/api/v1/webhooks/${own.id}/deliveries/${test.body.id}/replay`)
        .set('authorization', a),
      404,
    );
    expect((await api().get('/api/v1/webhooks').set('authorization', a)).body.items).toHaveLength(1);
  });

  it('needs integrations.manage and a signed-in user', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['contacts.write', 'settings.manage'] });
    expectProblem(await api().get('/api/v1/webhooks').set('authorization', auth), 403);
    expectProblem(await create(auth), 403);
    expectProblem(await api().get('/api/v1/webhooks'), 401);
  });

  it('refuses unknown events and fields', async () => {
    const { auth } = await signedInOrg(t);
    expectProblem(await create(auth, { url: PUBLIC_URL, events: ['contact.deleted'] }), 400);
    expectProblem(await create(auth, { url: PUBLIC_URL, events: [] }), 400);
    expectProblem(await create(auth, { url: PUBLIC_URL, events: ['contact.enrolled'], secret: 'x' }), 400);
  });
});

describe('webhook events recorded at their source', () => {
  async function subscribed(events: string[]) {
    const { org, auth } = await signedInOrg(t);
    const endpoint = await endpointFor(auth, events);
    const other = await endpointFor(auth, ['document.viewed']);
    return { org, auth, endpoint, other };
  }

  it('contact.enrolled when an invitation is accepted, with no token in the payload', async () => {
    const { org, endpoint, other } = await subscribed(['contact.enrolled']);
    const contact = await makeContact(t.db, org.id, { firstName: 'Dana', lastName: 'Whitfield' });
    const invitation = await t.db.transaction((tx) => inviteContact(tx, org.id, contact.id, systemActor));
    const claim = await claimInvitationSend(t.db, invitation.id, {
      portalUrl: 'https://portal.example.test',
    });
    if (!claim) throw new Error('nothing claimed');
    await markInvitationSent(t.db, invitation.id, '<m@test>');
    const res = await request(t.app.server)
      .post(`/portal/v1/invitations/${claim.token}/accept`)
      .send({ password: 'a-long-and-unusual-passphrase-42' });
    expect(res.status).toBe(200);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery?.eventType).toBe('contact.enrolled');
    expect(delivery?.payload).toMatchObject({
      type: 'contact.enrolled',
      organizationId: org.id,
      data: { contactId: contact.id, email: contact.email, firstName: 'Dana', invitationId: invitation.id },
    });
    expect(JSON.stringify(delivery?.payload)).not.toContain(claim.token);
    // Not subscribed: nothing for the other endpoint.
    expect(await deliveriesOf(other.id)).toHaveLength(0);
  });

  it('invitation.sent when the send is marked, only for enabled endpoints', async () => {
    const { org, auth, endpoint } = await subscribed(['invitation.sent']);
    const disabled = await endpointFor(auth, ['invitation.sent']);
    await api().patch(`/api/v1/webhooks/${disabled.id}`).set('authorization', auth).send({ enabled: false });
    const contact = await makeContact(t.db, org.id);
    const invitation = await t.db.transaction((tx) => inviteContact(tx, org.id, contact.id, systemActor));
    await claimInvitationSend(t.db, invitation.id, { portalUrl: 'https://portal.example.test' });
    await markInvitationSent(t.db, invitation.id, '<m@test>');
    const deliveries = await deliveriesOf(endpoint.id);
    expect(deliveries.map((d) => [d.eventType, d.payload.data])).toEqual([
      ['invitation.sent', expect.objectContaining({ invitationId: invitation.id, contactId: contact.id })],
    ]);
    expect(await deliveriesOf(disabled.id)).toHaveLength(0);
  });

  it('contact.suspended when the office suspends, without the note', async () => {
    const { org, auth, endpoint } = await subscribed(['contact.suspended']);
    const contact = await makeContact(t.db, org.id);
    const res = await api()
      .post(`/api/v1/contacts/${contact.id}/suspend`)
      .set('authorization', auth)
      .send({ note: 'Private: unpaid invoices' });
    expect(res.status).toBe(204);
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery?.payload).toMatchObject({ type: 'contact.suspended', data: { contactId: contact.id } });
    expect(JSON.stringify(delivery?.payload)).not.toContain('unpaid');
  });

  it('proposal.accepted / declined and document.viewed from the portal', async () => {
    const { org, endpoint } = await subscribed(['proposal.accepted', 'proposal.declined', 'document.viewed']);
    const account = await makeAccount(t.db, org.id);
    const contact = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...allAreas });
    const accepted = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'proposal' });
    const declined = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'proposal' });
    const viewed = await makeDocument(t.db, org.id, { accountId: account.id });
    const c = as(contact);
    expect(
      (await c.post(`/documents/${accepted.id}/decision`, { decision: 'accepted', name: 'Pat' })).status,
    ).toBe(200);
    expect(
      (await c.post(`/documents/${declined.id}/decision`, { decision: 'declined', name: 'Pat' })).status,
    ).toBe(200);
    expect((await c.get(`/documents/${viewed.id}`)).status).toBe(200);

    const rows = await t.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, endpoint.id)));
    const byType = Object.fromEntries(rows.map((r) => [r.eventType, r.payload.data]));
    expect(byType['proposal.accepted']).toMatchObject({
      documentId: accepted.id,
      number: accepted.number,
      decidedByName: 'Pat',
      contactId: contact.id,
    });
    expect(byType['proposal.declined']).toMatchObject({ documentId: declined.id });
    expect(byType['document.viewed']).toMatchObject({
      documentId: viewed.id,
      access: 'view',
      contactId: contact.id,
    });
    expect(rows).toHaveLength(3);
  });

  it("never records another organization's events", async () => {
    const { endpoint } = await subscribed(['contact.suspended']);
    const other = await signedInOrg(t);
    const contact = await makeContact(t.db, other.org.id);
    await api()
      .post(`/api/v1/contacts/${contact.id}/suspend`)
      .set('authorization', other.auth)
      .send({ note: '' });
    expect(await deliveriesOf(endpoint.id)).toHaveLength(0);
  });
});
