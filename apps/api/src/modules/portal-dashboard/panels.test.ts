import { beforeAll, describe, expect, it } from '@jest/globals';
import { defaultPortalPanels, schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeDefect,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  makeQuote,
  TEST_PASSWORD,
} from '@portico/db/testing';
import request from 'supertest';
import { allAreas, portalClient } from '../../../test/portal-client';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp({ SIGN_IN_LIMIT_PER_IP: '10000' });
const { auth, get } = portalClient(t);

const panelsOf = async (authorization: string, view?: string) => {
  const res = await get('/portal/v1/me', authorization, view);
  expect(res.status).toBe(200);
  return res.body.panels;
};
const dashboard = async (authorization: string, view?: string) => {
  const res = await get('/portal/v1/dashboard', authorization, view);
  expect(res.status).toBe(200);
  return res.body;
};

describe('panel layout: organization defaults and per-account overrides', () => {
  // The organization hides spend tracking by default; Beta hides routine activities; Gamma shows spend.
  const orgDefault = { ...defaultPortalPanels, spendTracking: false };
  let ids: Record<'alpha' | 'beta' | 'gamma' | 'delta' | 'group', string>;
  let tokens: Record<'alphaBeta' | 'gamma' | 'groupUser' | 'siteManager' | 'unlinked' | 'delta', string>;
  let alphaBetaEmail: string;

  beforeAll(async () => {
    const { db } = t;
    const org = await makeOrganization(db, { portalPanels: orgDefault });
    const group = await makeClientGroup(db, org.id);
    const alpha = await makeAccount(db, org.id, { name: 'Alpha' });
    const beta = await makeAccount(db, org.id, {
      name: 'Beta',
      clientGroupId: group.id,
      portalPanels: { routineActivities: false },
    });
    const gamma = await makeAccount(db, org.id, {
      name: 'Gamma',
      clientGroupId: group.id,
      portalPanels: { spendTracking: true },
    });
    const delta = await makeAccount(db, org.id, {
      name: 'Delta',
      portalPanels: { activityReport: false, defectAnalytics: false, serviceCalls: false },
    });
    ids = { alpha: alpha.id, beta: beta.id, gamma: gamma.id, delta: delta.id, group: group.id };
    const betaSite = await makeBuilding(db, org.id, beta.id);
    const gammaSite = await makeBuilding(db, org.id, gamma.id);
    await makeBuilding(db, org.id, alpha.id);
    const deltaSite = await makeBuilding(db, org.id, delta.id);
    for (const site of [betaSite, gammaSite, deltaSite]) {
      await makeDefect(db, org.id, site.id, { severity: 'critical' });
      await makeQuote(db, org.id, site.id, { status: 'pending', amount: '10' });
      await makeDocument(
        db,
        org.id,
        { accountId: site.accountId, buildingId: site.id },
        { kind: 'invoice', amount: '5' },
      );
    }

    const alphaBeta = await makeEnrolledContact(db, org.id, { accountId: alpha.id, ...allAreas });
    alphaBetaEmail = alphaBeta.email as string;
    await db.insert(schema.contactAccounts).values({
      orgId: org.id,
      contactId: alphaBeta.id,
      accountId: beta.id,
    });
    tokens = {
      alphaBeta: auth(alphaBeta),
      gamma: auth(await makeEnrolledContact(db, org.id, { accountId: gamma.id, ...allAreas })),
      groupUser: auth(await makeEnrolledContact(db, org.id, { clientGroupId: group.id, ...allAreas })),
      siteManager: auth(await makeEnrolledContact(db, org.id, { buildingId: betaSite.id, ...allAreas })),
      unlinked: auth(await makeEnrolledContact(db, org.id, allAreas)),
      delta: auth(await makeEnrolledContact(db, org.id, { accountId: delta.id, ...allAreas })),
    };
  });

  it('ANDs the accounts of the view: an override hides a panel in that account and every view containing it', async () => {
    expect(await panelsOf(tokens.alphaBeta)).toEqual({ ...orgDefault, routineActivities: false });
    expect(await panelsOf(tokens.alphaBeta, `account:${ids.alpha}`)).toEqual(orgDefault);
    expect(await panelsOf(tokens.alphaBeta, `account:${ids.beta}`)).toEqual({
      ...orgDefault,
      routineActivities: false,
    });

    const all = await dashboard(tokens.alphaBeta);
    expect(all.routineByMonth).toBeNull();
    expect(all.spend).toBeNull();
    expect(all.serviceCallsByMonth).toHaveLength(12);
    expect(all.defectsByMonth).toHaveLength(12);
    const alphaOnly = await dashboard(tokens.alphaBeta, `account:${ids.alpha}`);
    expect(alphaOnly.routineByMonth.months).toHaveLength(12);
  });

  it('lets an override show a panel the organization hides', async () => {
    expect(await panelsOf(tokens.gamma)).toEqual(defaultPortalPanels);
    expect((await dashboard(tokens.gamma)).spend).toHaveLength(12);
  });

  it('applies to client-group views: the group view ANDs its accounts, one client view is that client', async () => {
    expect(await panelsOf(tokens.groupUser)).toEqual({ ...orgDefault, routineActivities: false });
    expect(await panelsOf(tokens.groupUser, `group:${ids.group}`)).toEqual({
      ...orgDefault,
      routineActivities: false,
    });
    expect(await panelsOf(tokens.groupUser, `account:${ids.gamma}`)).toEqual(defaultPortalPanels);
    const gammaView = await dashboard(tokens.groupUser, `account:${ids.gamma}`);
    expect(gammaView.spend).toHaveLength(12);
    expect(gammaView.routineByMonth).not.toBeNull();
  });

  it("counts the account of a contact's linked building, and falls back to the default without accounts", async () => {
    expect(await panelsOf(tokens.siteManager)).toEqual({ ...orgDefault, routineActivities: false });
    expect(await panelsOf(tokens.unlinked)).toEqual(orgDefault);
  });

  it('nulls every section whose panel is hidden, keeping the counts', async () => {
    const body = await dashboard(tokens.delta);
    expect(body.counts).toEqual({ overdueInvoices: 0, outstandingQuotes: 1, openDefects: 1 });
    expect(body).toMatchObject({
      activity: null,
      defectsByMonth: null,
      defectsByAssetType: null,
      serviceCallsByMonth: null,
      spend: null,
    });
    expect(body.routineByMonth).not.toBeNull();
  });

  it('sends the layout of the default view with a new session', async () => {
    const res = await request(t.app.server)
      .post('/portal/v1/auth/sign-in')
      .send({ email: alphaBetaEmail, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.me.panels).toEqual({ ...orgDefault, routineActivities: false });
  });
});

describe('access areas null the sections they do not cover', () => {
  let siteAccount: string;
  let orgId: string;

  beforeAll(async () => {
    const org = await makeOrganization(t.db);
    orgId = org.id;
    const account = await makeAccount(t.db, org.id);
    siteAccount = account.id;
    const site = await makeBuilding(t.db, org.id, account.id);
    await makeDefect(t.db, org.id, site.id, { severity: 'non_critical' });
    await makeQuote(t.db, org.id, site.id, { status: 'pending', amount: '99.90' });
    await makeDocument(
      t.db,
      org.id,
      { accountId: account.id, buildingId: site.id },
      { kind: 'invoice', amount: '5' },
    );
  });

  it('without inspection reports or invoices: no defect or money sections', async () => {
    const contact = await makeEnrolledContact(t.db, orgId, {
      accountId: siteAccount,
      ...allAreas,
      accessInspectionReports: false,
      accessInvoices: false,
    });
    const body = await dashboard(auth(contact));
    expect(body.counts).toEqual({ overdueInvoices: null, outstandingQuotes: 1, openDefects: null });
    expect(body.activity).toEqual({
      pendingQuotes: { count: 1, amount: 99.9 },
      overdueInvoices: null,
      unpaidInvoices: null,
    });
    expect(body).toMatchObject({ defectsByMonth: null, defectsByAssetType: null, spend: null });
    expect(body.routineByMonth).not.toBeNull();
    expect(body.serviceCallsByMonth).not.toBeNull();
  });

  it('without proposals or invoices: no activity report at all', async () => {
    const contact = await makeEnrolledContact(t.db, orgId, {
      accountId: siteAccount,
      accessProposals: false,
      accessInvoices: false,
    });
    const body = await dashboard(auth(contact));
    expect(body.counts).toEqual({ overdueInvoices: null, outstandingQuotes: null, openDefects: 1 });
    expect(body.activity).toBeNull();
    expect(body.defectsByMonth).toHaveLength(12);
  });
});
