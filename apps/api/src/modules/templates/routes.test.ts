import { describe, expect, it } from '@jest/globals';
import { ensureDefaultTemplates, formatExpiryDate, templateVariables } from '@portico/core';
import { schema, type TemplateKind } from '@portico/db';
import { makeOrganization } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const PORTAL_URL = 'https://portal.example.test';
const t = useTestApp({ PORTAL_URL });
const api = () => request(t.app.server);
const MISSING_ID = '00000000-0000-4000-8000-000000000000';
const DAY_MS = 86_400_000;

const text = {
  subject: 'Hi {{contactFirstName}}',
  htmlBody: '<p>{{inviteUrl}}</p>',
  textBody: '{{inviteUrl}}',
};
const invitation = (overrides: object = {}) => ({
  kind: 'invitation',
  name: 'Friendly',
  ...text,
  ...overrides,
});

/** An organization with its default templates and a signed-in user. */
async function orgWithDefaults(options: Parameters<typeof signedInOrg>[1] = {}) {
  const signedIn = await signedInOrg(t, options);
  await ensureDefaultTemplates(t.db, signedIn.org.id);
  return signedIn;
}

const templatesOf = (orgId: string, kind: TemplateKind) =>
  t.db
    .select()
    .from(schema.notificationTemplates)
    .where(and(eq(schema.notificationTemplates.orgId, orgId), eq(schema.notificationTemplates.kind, kind)));

const defaultsOf = async (orgId: string, kind: TemplateKind) =>
  (await templatesOf(orgId, kind)).filter((r) => r.isDefault).map((r) => r.id);

async function create(auth: string, body: object) {
  const res = await api().post('/api/v1/templates').set('authorization', auth).send(body);
  expect(res.status).toBe(201);
  return res.body as { id: string; isDefault: boolean };
}

describe('templates: happy paths', () => {
  it('lists the default of every kind for a new organization, with each kind’s variables', async () => {
    const { auth } = await orgWithDefaults();
    const res = await api().get('/api/v1/templates').set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { kind: string }) => i.kind).sort()).toEqual(
      Object.keys(templateVariables).sort(),
    );
    expect(res.body.items.every((i: { isDefault: boolean }) => i.isDefault)).toBe(true);
    const invite = res.body.items.find((i: { kind: string }) => i.kind === 'invitation');
    expect(invite).toMatchObject({ name: 'Portal invitation', variables: templateVariables.invitation });
    expect(invite.textBody).toContain('{{inviteUrl}}');
  });

  it('adds only missing defaults when run again', async () => {
    const { org } = await orgWithDefaults();
    expect(await ensureDefaultTemplates(t.db, org.id)).toBe(0);
    expect(await templatesOf(org.id, 'magic_link')).toHaveLength(1);
  });

  it('filters the list by kind, the default first', async () => {
    const { auth } = await orgWithDefaults();
    await create(auth, invitation({ name: 'Another' }));
    await create(auth, { ...invitation(), kind: 'invitation_reminder' });
    const res = await api().get('/api/v1/templates?kind=invitation').set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { name: string; isDefault: boolean }) => [i.name, i.isDefault])).toEqual([
      ['Portal invitation', true],
      ['Another', false],
    ]);
  });

  it('creates, gets, updates and deletes a template', async () => {
    const { org, auth } = await orgWithDefaults();
    const created = await api().post('/api/v1/templates').set('authorization', auth).send(invitation());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      kind: 'invitation',
      name: 'Friendly',
      ...text,
      isDefault: false,
      variables: [...templateVariables.invitation],
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const url = `/api/v1/templates/${created.body.id}`;
    expect((await api().get(url).set('authorization', auth)).body).toEqual(created.body);

    const updated = await api()
      .patch(url)
      .set('authorization', auth)
      .send({ name: 'Warmer', subject: 'Welcome, {{ contactFirstName }}' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({
      name: 'Warmer',
      subject: 'Welcome, {{ contactFirstName }}',
      htmlBody: text.htmlBody,
    });

    expect((await api().delete(url).set('authorization', auth)).status).toBe(204);
    expectProblem(await api().get(url).set('authorization', auth), 404);
    expect(await templatesOf(org.id, 'invitation')).toHaveLength(1);
  });

  it('makes the first template of a kind its default', async () => {
    const { org, auth } = await signedInOrg(t);
    const first = await create(auth, invitation({ isDefault: false }));
    const second = await create(auth, invitation({ name: 'Second' }));
    expect([first.isDefault, second.isDefault]).toEqual([true, false]);
    expect(await defaultsOf(org.id, 'invitation')).toEqual([first.id]);
  });

  it('keeps one default per kind when another becomes the default, on create and on update', async () => {
    const { org, auth } = await orgWithDefaults();
    const [seeded] = await defaultsOf(org.id, 'invitation');
    const reminderDefault = await defaultsOf(org.id, 'invitation_reminder');

    const created = await create(auth, invitation({ isDefault: true }));
    expect(created.isDefault).toBe(true);
    expect(await defaultsOf(org.id, 'invitation')).toEqual([created.id]);

    const res = await api()
      .patch(`/api/v1/templates/${seeded}`)
      .set('authorization', auth)
      .send({ isDefault: true });
    expect(res.status).toBe(200);
    expect(res.body.isDefault).toBe(true);
    expect(await defaultsOf(org.id, 'invitation')).toEqual([seeded]);
    // Other kinds are not touched.
    expect(await defaultsOf(org.id, 'invitation_reminder')).toEqual(reminderDefault);
  });

  it('answers one default when two templates become the default at once', async () => {
    const { org, auth } = await orgWithDefaults();
    const a = await create(auth, invitation({ name: 'A' }));
    const b = await create(auth, invitation({ name: 'B' }));
    // A race loses only sometimes; a few rounds make a missing lock fail reliably.
    for (let round = 0; round < 5; round++) {
      const results = await Promise.all(
        [a, b].map((x) =>
          api().patch(`/api/v1/templates/${x.id}`).set('authorization', auth).send({ isDefault: true }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200]);
      const defaults = await defaultsOf(org.id, 'invitation');
      expect(defaults).toHaveLength(1);
      expect([a.id, b.id]).toContain(defaults[0]);
    }
  });
});

describe('templates: preview', () => {
  it("renders unsaved text with sample values, the caller's organization and the portal URL", async () => {
    const { org, auth } = await orgWithDefaults();
    await t.db
      .update(schema.organizations)
      .set({ name: 'Acme Fire & Safety', inviteExpiryDays: 5 })
      .where(eq(schema.organizations.id, org.id));
    const before = Date.now();
    const res = await api().post('/api/v1/templates/preview').set('authorization', auth).send({
      kind: 'invitation',
      subject: '{{organizationName}} invites {{contactFirstName}}',
      htmlBody: '<a href="{{inviteUrl}}">Join {{organizationName}}</a> by {{expiryDate}}',
      textBody: '{{contactFirstName}} {{contactLastName}}: {{inviteUrl}}',
    });
    expect(res.status).toBe(200);
    expect(res.body.subject).toBe('Acme Fire & Safety invites Dana');
    expect(res.body.html).toMatch(
      new RegExp(`^<a href="${PORTAL_URL}/accept\\?token=sample">Join Acme Fire &amp; Safety</a> by `),
    );
    const expiries = [before, Date.now()].map((n) => formatExpiryDate(new Date(n + 5 * DAY_MS)));
    expect(expiries).toContain(res.body.html.split(' by ')[1]);
    expect(res.body.text).toBe(`Dana Whitfield: ${PORTAL_URL}/accept?token=sample`);
  });

  it('escapes values in the HTML part, keeps them in the text part and off the subject’s next line', async () => {
    const { auth } = await orgWithDefaults();
    const res = await api()
      .post('/api/v1/templates/preview')
      .set('authorization', auth)
      .send({
        kind: 'password_reset',
        subject: 'Hello {{contactFirstName}}',
        htmlBody: '<p>Hello {{contactFirstName}}</p>',
        textBody: 'Hello {{contactFirstName}}',
        values: { contactFirstName: '<script>alert("x")</script>\r\nBcc: evil@x.test' },
      });
    expect(res.status).toBe(200);
    expect(res.body.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(res.body.html).not.toContain('<script>');
    expect(res.body.text).toContain('<script>alert("x")</script>');
    expect(res.body.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses unknown variables in the text or in the values (400)', async () => {
    const { auth } = await orgWithDefaults();
    const base = {
      kind: 'magic_link',
      subject: 'Hi',
      htmlBody: '<p>{{signInUrl}}</p>',
      textBody: '{{signInUrl}}',
    };
    const badText = await api()
      .post('/api/v1/templates/preview')
      .set('authorization', auth)
      .send({ ...base, textBody: '{{inviteUrl}}' });
    expectProblem(badText, 400, 'textBody');
    expect(badText.body.detail).toContain('{{inviteUrl}}');
    const badValue = await api()
      .post('/api/v1/templates/preview')
      .set('authorization', auth)
      .send({ ...base, values: { resetUrl: 'x' } });
    expectProblem(badValue, 400, 'values.resetUrl');
  });
});

describe('templates: errors', () => {
  it('refuses an unknown variable, naming it and the allowed ones (400)', async () => {
    const { org, auth } = await orgWithDefaults();
    const res = await api()
      .post('/api/v1/templates')
      .set('authorization', auth)
      .send(invitation({ htmlBody: '<p>{{resetUrl}} {{ first_name }}</p>' }));
    expectProblem(res, 400, 'htmlBody');
    expect(res.body.errors).toEqual([
      { field: 'htmlBody', message: expect.stringContaining('{{resetUrl}}') },
      { field: 'htmlBody', message: expect.stringContaining('{{first_name}}') },
    ]);
    expect(res.body.errors[0].message).toContain(templateVariables.invitation.join(', '));
    expect(res.body.detail).toContain('{{resetUrl}}, {{first_name}}');
    expect(res.body.allowedVariables).toEqual([...templateVariables.invitation]);
    expect(await templatesOf(org.id, 'invitation')).toHaveLength(1);
  });

  it("checks an update's variables against the template's kind (400)", async () => {
    const { org, auth } = await orgWithDefaults();
    const [exportId] = await defaultsOf(org.id, 'export_delivery');
    const res = await api()
      .patch(`/api/v1/templates/${exportId}`)
      .set('authorization', auth)
      .send({ subject: 'For {{contactFirstName}}' });
    expectProblem(res, 400, 'subject');
    expect(res.body.errors[0].message).toContain('organizationName, reportName');
  });

  it.each([
    ['an unknown kind', invitation({ kind: 'newsletter' }), 'kind'],
    ['a missing text body', { ...invitation(), textBody: undefined }, 'textBody'],
    ['an empty name', invitation({ name: '' }), 'name'],
    ['a subject over 200 characters', invitation({ subject: 'x'.repeat(201) }), 'subject'],
    ['an HTML body over 100,000 characters', invitation({ htmlBody: 'x'.repeat(100_001) }), 'htmlBody'],
    ['an unknown field', invitation({ from: 'a@b.test' }), 'from'],
  ])('refuses to create with %s (400)', async (_label, body, field) => {
    const { auth } = await orgWithDefaults();
    expectProblem(await api().post('/api/v1/templates').set('authorization', auth).send(body), 400, field);
  });

  it('refuses to change the kind or to send nothing (400)', async () => {
    const { org, auth } = await orgWithDefaults();
    const [id] = await defaultsOf(org.id, 'invitation');
    const url = `/api/v1/templates/${id}`;
    expectProblem(
      await api().patch(url).set('authorization', auth).send({ kind: 'magic_link' }),
      400,
      'kind',
    );
    expectProblem(await api().patch(url).set('authorization', auth).send({}), 400, 'body');
    expectProblem(await api().get('/api/v1/templates?limit=201').set('authorization', auth), 400, 'limit');
    expectProblem(await api().get('/api/v1/templates/nope').set('authorization', auth), 400, 'id');
  });

  it("refuses to delete or unset a kind's default (409), and keeps it", async () => {
    const { org, auth } = await orgWithDefaults();
    const [id] = await defaultsOf(org.id, 'invitation');
    const deleted = await api().delete(`/api/v1/templates/${id}`).set('authorization', auth);
    expectProblem(deleted, 409);
    expect(deleted.body.detail).toMatch(
      /default invitation template.*another invitation template the default first/,
    );
    const unset = await api()
      .patch(`/api/v1/templates/${id}`)
      .set('authorization', auth)
      .send({ isDefault: false });
    expectProblem(unset, 409, 'isDefault');
    expect(await defaultsOf(org.id, 'invitation')).toEqual([id]);
  });

  it('answers 404 for an id that does not exist', async () => {
    const { auth } = await orgWithDefaults();
    const url = `/api/v1/templates/${MISSING_ID}`;
    expectProblem(await api().get(url).set('authorization', auth), 404);
    expectProblem(await api().patch(url).set('authorization', auth).send({ name: 'X' }), 404);
    expectProblem(await api().delete(url).set('authorization', auth), 404);
  });
});

describe('templates: security', () => {
  it('answers 401 without a token', async () => {
    expectProblem(await api().get('/api/v1/templates'), 401);
    expectProblem(await api().post('/api/v1/templates').send(invitation()), 401);
    expectProblem(await api().post('/api/v1/templates/preview').send(text), 401);
  });

  it('lets a user without settings.manage read and preview but not write (403)', async () => {
    const { org, auth } = await orgWithDefaults({ permissions: ['contacts.write'] });
    const [id] = await defaultsOf(org.id, 'invitation');
    const url = `/api/v1/templates/${id}`;
    expect((await api().get('/api/v1/templates').set('authorization', auth)).status).toBe(200);
    expect((await api().get(url).set('authorization', auth)).status).toBe(200);
    const preview = await api()
      .post('/api/v1/templates/preview')
      .set('authorization', auth)
      .send({ kind: 'invitation', ...text });
    expect(preview.status).toBe(200);

    const created = await api().post('/api/v1/templates').set('authorization', auth).send(invitation());
    expectProblem(created, 403);
    expect(created.body.detail).toContain('settings.manage');
    expectProblem(await api().patch(url).set('authorization', auth).send({ name: 'X' }), 403);
    expectProblem(await api().delete(url).set('authorization', auth), 403);
    const rows = await templatesOf(org.id, 'invitation');
    expect(rows.map((r) => r.name)).toEqual(['Portal invitation']);
  });

  it("answers 404 for another organization's template, lists none of them, and changes nothing", async () => {
    const { auth } = await orgWithDefaults();
    const other = await makeOrganization(t.db);
    await ensureDefaultTemplates(t.db, other.id);
    const [theirs] = await t.db
      .insert(schema.notificationTemplates)
      .values({ orgId: other.id, kind: 'invitation', name: 'Theirs', ...text })
      .returning();
    const url = `/api/v1/templates/${theirs?.id}`;
    expectProblem(await api().get(url).set('authorization', auth), 404);
    expectProblem(await api().patch(url).set('authorization', auth).send({ isDefault: true }), 404);
    expectProblem(await api().delete(url).set('authorization', auth), 404);

    const list = await api().get('/api/v1/templates').set('authorization', auth);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(theirs?.id);
    const rows = await templatesOf(other.id, 'invitation');
    expect(rows.map((r) => [r.name, r.isDefault]).sort()).toEqual([
      ['Portal invitation', true],
      ['Theirs', false],
    ]);
  });
});
