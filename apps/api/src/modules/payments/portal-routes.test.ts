import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeDocument,
  makeEnrolledContact,
  makeOfficeUser,
} from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { allAreas, portalAs } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const as = portalAs(t);
const api = () => request(t.app.server);

const TEMPLATE = 'https://pay.example.com/?invoice={number}&amount={amount}&currency={currency}';

/** An organization with an office user, an API key, account A-1 / building B-1 and an invoice contact. */
async function setup(template: string | null = TEMPLATE) {
  const { org, auth: office } = await signedInOrg(t);
  if (template) {
    const res = await api()
      .patch('/api/v1/settings')
      .set('authorization', office)
      .send({ paymentLinkTemplate: template });
    expect(res.status).toBe(200);
  }
  const key = await api()
    .post('/api/v1/api-keys')
    .set('authorization', office)
    .send({ name: 'Ops', scopes: ['accounts:write', 'buildings:write', 'documents:write'] });
  expect(key.status).toBe(201);
  const integration = `Bearer ${key.body.key as string}`;
  const put = (kind: string, externalId: string, body: object) =>
    api().put(`/api/v1/integration/${kind}/${externalId}`).set('authorization', integration).send(body);
  expect((await put('accounts', 'A-1', { name: 'Harbour Holdings' })).status).toBe(201);
  expect((await put('buildings', 'B-1', { accountExternalId: 'A-1', name: 'North Tower' })).status).toBe(201);
  const [account] = await t.db
    .select()
    .from(schema.accounts)
    .where(and(eq(schema.accounts.orgId, org.id), eq(schema.accounts.externalId, 'A-1')));
  if (!account) throw new Error('no account');
  const contact = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...allAreas });
  const invoice = (externalId: string, overrides: object = {}) =>
    put('documents', externalId, {
      kind: 'invoice',
      buildingExternalId: 'B-1',
      number: 'INV 7/A',
      title: 'Quarterly service',
      amount: 100,
      amountPaid: 20,
      currency: 'EUR',
      issuedOn: '2026-01-10',
      dueOn: '2026-02-10',
      published: true,
      ...overrides,
    });
  return { org, office, account, contact, invoice };
}

async function payClicks(contactId: string) {
  return t.db
    .select({ detail: schema.activityEvents.detail })
    .from(schema.activityEvents)
    .where(
      and(
        eq(schema.activityEvents.contactId, contactId),
        eq(schema.activityEvents.type, 'invoice_pay_clicked'),
      ),
    );
}

describe('payment link template in settings', () => {
  it('saves a valid template, clears it with an empty string, and answers 400 naming the field', async () => {
    const { auth: office } = await signedInOrg(t);
    const patch = (paymentLinkTemplate: string | null) =>
      api().patch('/api/v1/settings').set('authorization', office).send({ paymentLinkTemplate });
    expect((await patch(` ${TEMPLATE} `)).body.paymentLinkTemplate).toBe(TEMPLATE);
    expect((await api().get('/api/v1/settings').set('authorization', office)).body.paymentLinkTemplate).toBe(
      TEMPLATE,
    );
    for (const bad of [
      'http://pay.example.com/?n={number}',
      'https://pay.example.com/?c={customer}',
      'javascript:alert(1)',
    ]) {
      const res = await patch(bad);
      expectProblem(res, 400, 'paymentLinkTemplate');
      expect(res.body.detail).toMatch(/payment link template/);
    }
    expect((await patch('')).body.paymentLinkTemplate).toBeNull();
    expect((await patch(TEMPLATE)).body.paymentLinkTemplate).toBe(TEMPLATE);
    expect((await patch(null)).body.paymentLinkTemplate).toBeNull();
  });
});

describe('POST /portal/v1/documents/{id}/pay', () => {
  it('fills the template with the URL-encoded number and balance, and records the click', async () => {
    const { contact, invoice } = await setup();
    const { id } = (await invoice('D-1')).body;
    const listed = await as(contact).get('/documents?kind=invoice');
    expect(listed.body.items).toEqual([expect.objectContaining({ id, payable: true })]);
    const res = await as(contact).post(`/documents/${id}/pay`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      url: 'https://pay.example.com/?invoice=INV%207%2FA&amount=80.00&currency=EUR',
      source: 'template',
    });
    expect(await payClicks(contact.id)).toEqual([
      { detail: { documentId: id, number: 'INV 7/A', amount: 80, currency: 'EUR', source: 'template' } },
    ]);
  });

  it("uses the invoice's own payment URL over the template; the integration refuses a non-https one", async () => {
    const { contact, invoice } = await setup();
    const own = 'https://billing.example.net/pay/abc?x=1';
    const { id } = (await invoice('D-1', { paymentUrl: own })).body;
    expect((await as(contact).post(`/documents/${id}/pay`, {})).body).toEqual({
      url: own,
      source: 'invoice',
    });
    expectProblem(await invoice('D-1', { paymentUrl: 'http://billing.example.net/pay' }), 400, 'paymentUrl');
    expectProblem(await invoice('D-1', { paymentUrl: 'javascript:alert(1)' }), 400, 'paymentUrl');
  });

  it('offers an invoice with its own URL even without a template, and nothing when neither exists', async () => {
    const { contact, invoice } = await setup(null);
    const withUrl = (await invoice('D-1', { paymentUrl: 'https://billing.example.net/1' })).body.id;
    const without = (await invoice('D-2')).body.id;
    const items = (await as(contact).get('/documents?kind=invoice')).body.items;
    expect(Object.fromEntries(items.map((i: { id: string; payable: boolean }) => [i.id, i.payable]))).toEqual(
      {
        [withUrl]: true,
        [without]: false,
      },
    );
    expectProblem(await as(contact).post(`/documents/${without}/pay`, {}), 422);
  });

  it('stops offering it once the integration reports the invoice paid', async () => {
    const { contact, invoice } = await setup();
    const { id } = (await invoice('D-1')).body;
    expect((await as(contact).get(`/documents/${id}`)).body.payable).toBe(true);
    const paid = await invoice('D-1', { status: 'paid', amountPaid: 100, paidOn: '2026-02-01' });
    expect(paid.body).toMatchObject({ id, status: 'updated' });
    const after = (await as(contact).get(`/documents/${id}`)).body;
    expect(after).toMatchObject({ payable: false, amountPaid: 100, paidOn: '2026-02-01', status: 'paid' });
    expectProblem(await as(contact).post(`/documents/${id}/pay`, {}), 422);
    // Marked void by the source system: not payable, whatever the balance.
    const { id: voided } = (await invoice('D-2', { status: 'Void' })).body;
    expect((await as(contact).get(`/documents/${voided}`)).body.payable).toBe(false);
    expect(await payClicks(contact.id)).toEqual([]);
  });

  it('answers 404 to a contact without invoice access, another customer, and for a non-invoice', async () => {
    const { org, account, contact, invoice } = await setup();
    const { id } = (await invoice('D-1')).body;
    const noInvoices = await makeEnrolledContact(t.db, org.id, {
      accountId: account.id,
      ...allAreas,
      accessInvoices: false,
    });
    expectProblem(await as(noInvoices).post(`/documents/${id}/pay`, {}), 404);
    const otherAccount = await makeAccount(t.db, org.id);
    const otherCustomer = await makeEnrolledContact(t.db, org.id, {
      accountId: otherAccount.id,
      ...allAreas,
    });
    expectProblem(await as(otherCustomer).post(`/documents/${id}/pay`, {}), 404);
    const other = await setup();
    expectProblem(await as(other.contact).post(`/documents/${id}/pay`, {}), 404);
    const building = await makeBuilding(t.db, org.id, account.id);
    const report = await makeDocument(t.db, org.id, { accountId: account.id, buildingId: building.id });
    expectProblem(await as(contact).post(`/documents/${report.id}/pay`, {}), 404);
    expect(await payClicks(noInvoices.id)).toEqual([]);
    expect(await payClicks(otherCustomer.id)).toEqual([]);
  });

  it('is refused (403) in a view-as-customer preview, where help articles can still be read', async () => {
    const { org, contact, invoice } = await setup();
    const { id } = (await invoice('D-1')).body;
    const user = await makeOfficeUser(t.db, org.id, { permissions: ['access.manage', 'settings.manage'] });
    const officeAuth = `Bearer ${t.app.signOfficeAccessToken(user)}`;
    const started = await api()
      .post(`/api/v1/contacts/${contact.id}/portal-preview`)
      .set('authorization', officeAuth);
    const code = new URLSearchParams(new URL(started.body.url).hash.slice(1)).get('code');
    const opened = await api().post('/portal/v1/auth/preview').send({ code });
    const preview = `Bearer ${opened.body.accessToken}`;
    const res = await api().post(`/portal/v1/documents/${id}/pay`).set('authorization', preview).send({});
    expectProblem(res, 403);
    expect(res.body.code).toBe('read_only_preview');
    expect(await payClicks(contact.id)).toEqual([]);

    const article = await api()
      .post('/api/v1/help-articles')
      .set('authorization', officeAuth)
      .send({ title: 'Paying', body: 'Click **Pay now**.', topic: 'invoices' });
    await api()
      .post(`/api/v1/help-articles/${article.body.id}/publish`)
      .set('authorization', officeAuth)
      .send({ published: true });
    const list = await api().get('/portal/v1/help-articles?topic=invoices').set('authorization', preview);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { slug: string }) => i.slug)).toEqual(['paying']);
    const one = await api().get('/portal/v1/help-articles/paying').set('authorization', preview);
    expect(one.body.html).toContain('<strong>Pay now</strong>');
  });
});
