import { describe, expect, it } from '@jest/globals';
import { makeAccount, makeEnrolledContact, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import request from 'supertest';
import { portalAs } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const as = portalAs(t);
const api = () => request(t.app.server);

function office(auth: string) {
  return {
    get: (url: string) => api().get(`/api/v1${url}`).set('authorization', auth),
    post: (url: string, body: object) => api().post(`/api/v1${url}`).set('authorization', auth).send(body),
    patch: (url: string, body: object) => api().patch(`/api/v1${url}`).set('authorization', auth).send(body),
    put: (url: string, body: object) => api().put(`/api/v1${url}`).set('authorization', auth).send(body),
    delete: (url: string) => api().delete(`/api/v1${url}`).set('authorization', auth),
  };
}

async function officeOrg() {
  const { org, auth } = await signedInOrg(t);
  return { org, o: office(auth) };
}

async function contactOf(orgId: string) {
  const account = await makeAccount(t.db, orgId);
  return makeEnrolledContact(t.db, orgId, { accountId: account.id });
}

async function write(o: ReturnType<typeof office>, title: string, extra: object = {}) {
  const res = await o.post('/help-articles', { title, body: `About ${title}.`, ...extra });
  expect(res.status).toBe(201);
  return res.body as { id: string; slug: string; position: number };
}

describe('office help articles', () => {
  it('creates an unpublished article last in order, with a slug from the title and its rendered HTML', async () => {
    const { o } = await officeOrg();
    await write(o, 'First');
    const res = await o.post('/help-articles', {
      title: 'How do I pay an invoice?',
      body: '## Steps\n\n<script>alert(1)</script>\n\n- open **Invoices**',
      topic: 'invoices',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      slug: 'how-do-i-pay-an-invoice',
      topic: 'invoices',
      position: 1,
      published: false,
      publishedAt: null,
    });
    expect(res.body.html).toContain('<h2>Steps</h2>');
    expect(res.body.html).toContain('<strong>Invoices</strong>');
    expect(res.body.html).not.toContain('<script');
  });

  it('answers 409 naming the slug for a duplicate, 400 for a bad slug or topic', async () => {
    const { o } = await officeOrg();
    await write(o, 'Signing in', { slug: 'sign-in' });
    expectProblem(await o.post('/help-articles', { title: 'Other', body: '', slug: 'sign-in' }), 409, 'slug');
    expectProblem(
      await o.post('/help-articles', { title: 'Other', body: '', slug: 'Not A Slug' }),
      400,
      'slug',
    );
    expectProblem(await o.post('/help-articles', { title: 'Other', body: '', topic: 'weather' }), 400);
    expectProblem(await o.post('/help-articles', { title: '   ', body: '' }), 400, 'title');
  });

  it('previews Markdown as sanitized HTML without saving anything', async () => {
    const { o } = await officeOrg();
    const res = await o.post('/help-articles/preview', { body: '[x](javascript:alert(1)) **ok**' });
    expect(res.status).toBe(200);
    expect(res.body.html).toBe('<p>[x](javascript:alert(1)) <strong>ok</strong></p>\n');
    expect((await o.get('/help-articles')).body.items).toEqual([]);
  });

  it('updates, publishes (keeping the first publication time), unpublishes and deletes', async () => {
    const { o } = await officeOrg();
    const a = await write(o, 'Documents');
    const updated = await o.patch(`/help-articles/${a.id}`, { body: '# New', topic: 'documents' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ body: '# New', topic: 'documents', html: '<h1>New</h1>\n' });
    const published = await o.post(`/help-articles/${a.id}/publish`, { published: true });
    expect(published.body).toMatchObject({ published: true, publishedAt: expect.any(String) });
    await o.post(`/help-articles/${a.id}/publish`, { published: false });
    const again = await o.post(`/help-articles/${a.id}/publish`, { published: true });
    expect(again.body.publishedAt).toBe(published.body.publishedAt);
    expect((await o.delete(`/help-articles/${a.id}`)).status).toBe(204);
    expectProblem(await o.get(`/help-articles/${a.id}`), 404);
  });

  it('reorders in one go (every article once) and moves one step up or down', async () => {
    const { o } = await officeOrg();
    const a = await write(o, 'A');
    const b = await write(o, 'B');
    const c = await write(o, 'C');
    const titles = (res: request.Response) => res.body.items.map((i: { title: string }) => i.title);
    const reordered = await o.put('/help-articles/order', { ids: [c.id, a.id, b.id] });
    expect(reordered.status).toBe(200);
    expect(titles(reordered)).toEqual(['C', 'A', 'B']);
    expect(reordered.body.items.map((i: { position: number }) => i.position)).toEqual([0, 1, 2]);
    expect(titles(await o.post(`/help-articles/${b.id}/move`, { direction: 'up' }))).toEqual(['C', 'B', 'A']);
    // Already first: nothing moves.
    expect(titles(await o.post(`/help-articles/${c.id}/move`, { direction: 'up' }))).toEqual(['C', 'B', 'A']);
    expect(titles(await o.get('/help-articles'))).toEqual(['C', 'B', 'A']);
    expectProblem(await o.put('/help-articles/order', { ids: [a.id, b.id] }), 400, 'ids');
    expectProblem(await o.put('/help-articles/order', { ids: [a.id, a.id, b.id] }), 400, 'ids');
  });

  it("treats another organization's article as one that does not exist", async () => {
    const { o: mine } = await officeOrg();
    const { o: theirs } = await officeOrg();
    const a = await write(theirs, 'Theirs');
    expectProblem(await mine.get(`/help-articles/${a.id}`), 404);
    expectProblem(await mine.patch(`/help-articles/${a.id}`, { title: 'Mine now' }), 404);
    expectProblem(await mine.post(`/help-articles/${a.id}/publish`, { published: true }), 404);
    expectProblem(await mine.post(`/help-articles/${a.id}/move`, { direction: 'down' }), 404);
    expectProblem(await mine.delete(`/help-articles/${a.id}`), 404);
    expectProblem(await mine.put('/help-articles/order', { ids: [a.id] }), 400, 'ids');
    expect((await theirs.get(`/help-articles/${a.id}`)).body.title).toBe('Theirs');
  });

  it('needs settings.manage', async () => {
    const org = await makeOrganization(t.db);
    const user = await makeOfficeUser(t.db, org.id, { permissions: ['reports.read'] });
    const o = office(`Bearer ${t.app.signOfficeAccessToken(user)}`);
    expectProblem(await o.get('/help-articles'), 403);
    expectProblem(await o.post('/help-articles', { title: 'x', body: '' }), 403);
  });
});

describe('portal help articles', () => {
  it('lists only published articles of the contact organization, in order, by topic and by search', async () => {
    const { org, o } = await officeOrg();
    const pay = await write(o, 'Paying invoices', {
      topic: 'invoices',
      body: 'Use the 100% secure page_link.',
    });
    const sign = await write(o, 'Signing in', { topic: 'sign_in', body: 'Use your email.' });
    await write(o, 'Draft about invoices', { topic: 'invoices' });
    for (const a of [pay, sign]) await o.post(`/help-articles/${a.id}/publish`, { published: true });
    await o.put('/help-articles/order', {
      ids: (await o.get('/help-articles')).body.items.map((i: { id: string }) => i.id).reverse(),
    });
    const { o: other } = await officeOrg();
    const foreign = await write(other, 'Paying elsewhere', { topic: 'invoices' });
    await other.post(`/help-articles/${foreign.id}/publish`, { published: true });

    const contact = await contactOf(org.id);
    const slugs = (res: request.Response) => res.body.items.map((i: { slug: string }) => i.slug);
    const all = await as(contact).get('/help-articles');
    expect(all.status).toBe(200);
    expect(slugs(all)).toEqual(['signing-in', 'paying-invoices']);
    expect(all.body.items[0]).toEqual({
      id: sign.id,
      title: 'Signing in',
      slug: 'signing-in',
      topic: 'sign_in',
      updatedAt: expect.any(String),
    });
    expect(slugs(await as(contact).get('/help-articles?topic=invoices'))).toEqual(['paying-invoices']);
    expect(slugs(await as(contact).get('/help-articles?q=EMAIL'))).toEqual(['signing-in']);
    expect(slugs(await as(contact).get('/help-articles?q=pay'))).toEqual(['paying-invoices']);
    // Wildcards are searched for as text.
    expect(slugs(await as(contact).get('/help-articles?q=100%25'))).toEqual(['paying-invoices']);
    expect(slugs(await as(contact).get('/help-articles?q=e_l'))).toEqual(['paying-invoices']);
    expect(slugs(await as(contact).get('/help-articles?q=%25%25'))).toEqual([]);
    expectProblem(await as(contact).get('/help-articles?topic=weather'), 400);
  });

  it('shows one published article by slug with sanitized HTML; drafts and other orgs are 404', async () => {
    const { org, o } = await officeOrg();
    const a = await write(o, 'Defects', {
      body: '# Defects\n\n<img src=x onerror=alert(1)> [site](https://example.com)',
    });
    const contact = await contactOf(org.id);
    expectProblem(await as(contact).get('/help-articles/defects'), 404);
    await o.post(`/help-articles/${a.id}/publish`, { published: true });
    const res = await as(contact).get('/help-articles/defects');
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('<h1>Defects</h1>');
    expect(res.body.html).toContain('rel="noopener noreferrer"');
    // The raw HTML shows as text; no live <img> with its handler.
    expect(res.body.html).not.toContain('<img');
    expect(res.body.html).toContain('&lt;img src=x onerror=alert(1)&gt;');

    const stranger = await contactOf((await makeOrganization(t.db)).id);
    expectProblem(await as(stranger).get('/help-articles/defects'), 404);
    expect((await as(stranger).get('/help-articles')).body.items).toEqual([]);
  });
});
