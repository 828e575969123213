import { describe, expect, it } from '@jest/globals';
import { defaultPortalPanels, schema } from '@portico/db';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

const orgRow = async (id: string) =>
  (await t.db.select().from(schema.organizations).where(eq(schema.organizations.id, id)))[0];

describe('settings: happy paths', () => {
  it("answers a new organization's settings with their defaults", async () => {
    const { org, auth } = await signedInOrg(t);
    const res = await api().get('/api/v1/settings').set('authorization', auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      name: org.name,
      brandColor: '#1d4ed8',
      logoUrl: null,
      autoInviteNewContacts: false,
      inviteExpiryDays: 3,
      defaultEmailFrom: null,
      remindersEnabled: true,
      reminderAfterDays: 2,
      reminderMaxCount: 1,
      portalPanels: defaultPortalPanels,
      webhooksAllowPrivateTargets: false,
      paymentLinkTemplate: null,
      updatedAt: org.updatedAt.toISOString(),
    });
  });

  it('round-trips every setting, and reads back what it saved', async () => {
    const { org, auth } = await signedInOrg(t);
    const changes = {
      name: 'Acme Fire & Safety',
      brandColor: '#0F766E',
      logoUrl: 'https://cdn.example.test/logo.png',
      autoInviteNewContacts: true,
      inviteExpiryDays: 14,
      defaultEmailFrom: 'portal@acme.example.test',
      remindersEnabled: false,
      reminderAfterDays: 5,
      reminderMaxCount: 3,
      portalPanels: { ...defaultPortalPanels, spendTracking: false, serviceCalls: false },
      webhooksAllowPrivateTargets: true,
      paymentLinkTemplate: 'https://pay.example.test/?invoice={number}&amount={amount}',
    };
    const res = await api().patch('/api/v1/settings').set('authorization', auth).send(changes);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...changes, updatedAt: expect.any(String) });
    expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(org.updatedAt.getTime());
    expect((await api().get('/api/v1/settings').set('authorization', auth)).body).toEqual(res.body);
    expect(await orgRow(org.id)).toMatchObject(changes);
  });

  it('changes only the fields and panels sent, and clears nullable ones with null', async () => {
    const { org, auth } = await signedInOrg(t);
    await api()
      .patch('/api/v1/settings')
      .set('authorization', auth)
      .send({ logoUrl: 'https://cdn.example.test/a.png', defaultEmailFrom: 'a@acme.example.test' });
    const res = await api()
      .patch('/api/v1/settings')
      .set('authorization', auth)
      .send({ logoUrl: null, portalPanels: { defectAnalytics: false } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: org.name,
      logoUrl: null,
      defaultEmailFrom: 'a@acme.example.test',
      portalPanels: { ...defaultPortalPanels, defectAnalytics: false },
    });
  });

  it('allows no reminders at all (reminderMaxCount 0)', async () => {
    const { auth } = await signedInOrg(t);
    const res = await api()
      .patch('/api/v1/settings')
      .set('authorization', auth)
      .send({ reminderMaxCount: 0 });
    expect(res.status).toBe(200);
    expect(res.body.reminderMaxCount).toBe(0);
  });
});

describe('settings: errors', () => {
  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a colour name', { brandColor: 'teal' }, 'brandColor'],
    ['a short hex colour', { brandColor: '#fff' }, 'brandColor'],
    ['an http logo', { logoUrl: 'http://cdn.example.test/logo.png' }, 'logoUrl'],
    ['a logo that is no URL', { logoUrl: 'https://' }, 'logoUrl'],
    ['a javascript logo', { logoUrl: 'javascript:alert(1)' }, 'logoUrl'],
    ['an expiry of 0 days', { inviteExpiryDays: 0 }, 'inviteExpiryDays'],
    ['an expiry of 91 days', { inviteExpiryDays: 91 }, 'inviteExpiryDays'],
    ['a fractional expiry', { inviteExpiryDays: 2.5 }, 'inviteExpiryDays'],
    ['an expiry as text', { inviteExpiryDays: '3' }, 'inviteExpiryDays'],
    ['a from address that is no email', { defaultEmailFrom: 'office' }, 'defaultEmailFrom'],
    ['a reminder after 0 days', { reminderAfterDays: 0 }, 'reminderAfterDays'],
    ['a reminder after 31 days', { reminderAfterDays: 31 }, 'reminderAfterDays'],
    ['6 reminders', { reminderMaxCount: 6 }, 'reminderMaxCount'],
    ['a negative reminder count', { reminderMaxCount: -1 }, 'reminderMaxCount'],
    ['a boolean as text', { autoInviteNewContacts: 'yes' }, 'autoInviteNewContacts'],
    ['an unknown panel', { portalPanels: { weather: true } }, 'portalPanels.weather'],
    ['a panel as text', { portalPanels: { spendTracking: 'off' } }, 'portalPanels.spendTracking'],
    ['an unknown field', { timezone: 'UTC' }, 'timezone'],
    ['nothing', {}, 'body'],
  ])('refuses %s (400) and changes nothing', async (_label, body, field) => {
    const { org, auth } = await signedInOrg(t);
    const res = await api().patch('/api/v1/settings').set('authorization', auth).send(body);
    expectProblem(res, 400, field);
    expect((await orgRow(org.id))?.updatedAt).toEqual(org.updatedAt);
  });

  it('names every bad field at once', async () => {
    const { auth } = await signedInOrg(t);
    const res = await api()
      .patch('/api/v1/settings')
      .set('authorization', auth)
      .send({ inviteExpiryDays: 100, brandColor: 'red' });
    expectProblem(res, 400, 'inviteExpiryDays');
    expectProblem(res, 400, 'brandColor');
  });
});

describe('settings: security', () => {
  it('answers 401 without a token', async () => {
    expectProblem(await api().get('/api/v1/settings'), 401);
    expectProblem(await api().patch('/api/v1/settings').send({ name: 'X' }), 401);
  });

  it('lets a user without settings.manage read but not change them (403)', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.read'] });
    expect((await api().get('/api/v1/settings').set('authorization', auth)).status).toBe(200);
    const res = await api().patch('/api/v1/settings').set('authorization', auth).send({ name: 'Taken over' });
    expectProblem(res, 403);
    expect(res.body.detail).toContain('settings.manage');
    expect((await orgRow(org.id))?.name).toBe(org.name);
  });

  it("reads and changes only the caller's organization", async () => {
    const mine = await signedInOrg(t);
    const theirs = await signedInOrg(t);
    await api().patch('/api/v1/settings').set('authorization', mine.auth).send({ inviteExpiryDays: 30 });
    const res = await api().get('/api/v1/settings').set('authorization', theirs.auth);
    expect(res.body).toMatchObject({ name: theirs.org.name, inviteExpiryDays: 3 });
    expect(await orgRow(theirs.org.id)).toMatchObject({ inviteExpiryDays: 3 });
  });
});
