import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  makeAccount,
  makeAsset,
  makeBuilding,
  makeDefect,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  makeQuote,
  makeTask,
} from '@portico/db/testing';
import request from 'supertest';
import { allAreas, type Calendar, calendar, portalClient } from '../../../test/portal-client';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();
const { auth, get, getBytes } = portalClient(t);

/** Pages in a PDF: page objects are written uncompressed even when their content streams are not. */
const pageCount = (body: Buffer) => body.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

function expectPdf(res: request.Response, filename: string) {
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['content-disposition']).toBe(`attachment; filename="${filename}"`);
  expect(res.headers['cache-control']).toBe('private, no-store');
  const body = res.body as Buffer;
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(body.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  expect(body.length).toBeGreaterThan(1500);
  return body;
}

describe('report PDFs', () => {
  let cal: Calendar;
  let token: string;
  let quietToken: string;

  beforeAll(async () => {
    const { db } = t;
    cal = await calendar(db);
    const org = await makeOrganization(db, { name: 'Acme Fire & Safety', brandColor: '#b45309' });
    const account = await makeAccount(db, org.id);
    const site = await makeBuilding(db, org.id, account.id, { name: 'Harbour Tower' });
    const asset = await makeAsset(db, org.id, site.id, { name: 'Extinguisher 1' });
    const thisMonth = `${cal.month(0)}-01`;
    await makeQuote(db, org.id, site.id, { issuedOn: thisMonth, status: 'pending' });
    await makeDocument(
      db,
      org.id,
      { accountId: account.id, buildingId: site.id },
      {
        kind: 'invoice',
        amount: '120.50',
        issuedOn: thisMonth,
        dueOn: cal.day(-1),
      },
    );
    await makeDocument(
      db,
      org.id,
      { accountId: account.id },
      { kind: 'invoice', amount: '80', issuedOn: thisMonth },
    );
    // Enough defects to run over several pages, so the table's page breaks are exercised.
    for (let i = 0; i < 90; i++) {
      await makeDefect(db, org.id, site.id, {
        assetId: asset.id,
        severity: i % 3 === 0 ? 'critical' : 'non_critical',
        raisedOn: thisMonth,
        description: `Pressure gauge reads low on unit ${i}; recharge or replace before the next inspection.`,
      });
    }
    await makeTask(db, org.id, site.id, { dueOn: cal.day(-20), performedOn: cal.day(-18) });
    await makeTask(db, org.id, site.id, { dueOn: cal.day(-40), performedOn: cal.day(-2), toleranceDays: 7 });
    token = auth(await makeEnrolledContact(db, org.id, { accountId: account.id, ...allAreas }));
    // Sees the same building but no area with monthly content.
    quietToken = auth(
      await makeEnrolledContact(db, org.id, {
        accountId: account.id,
        accessInspectionReports: false,
        accessProposals: false,
        accessInvoices: false,
      }),
    );
  });

  describe('GET /portal/v1/reports/monthly', () => {
    it("streams the month's quotes, invoices and defects as a PDF", async () => {
      const month = cal.month(0);
      const body = expectPdf(
        await getBytes(`/portal/v1/reports/monthly?month=${month}`, token),
        `monthly-report-${month}.pdf`,
      );
      expect(pageCount(body)).toBeGreaterThan(2);
    });

    it('renders a month with nothing in it, and one the contact has no area for', async () => {
      const empty = expectPdf(
        await getBytes('/portal/v1/reports/monthly?month=2001-01', token),
        'monthly-report-2001-01.pdf',
      );
      expect(pageCount(empty)).toBe(1);
      const month = cal.month(0);
      expectPdf(
        await getBytes(`/portal/v1/reports/monthly?month=${month}`, quietToken),
        `monthly-report-${month}.pdf`,
      );
    });

    it('refuses a month that is not YYYY-MM', async () => {
      for (const month of ['2026-13', '2026-1', 'march', '2026-00']) {
        expectProblem(await get(`/portal/v1/reports/monthly?month=${month}`, token), 400, 'month');
      }
      expectProblem(await get('/portal/v1/reports/monthly', token), 400, 'month');
    });

    it('needs a portal token', async () => {
      expectProblem(await request(t.app.server).get(`/portal/v1/reports/monthly?month=${cal.month(0)}`), 401);
    });
  });

  describe('GET /portal/v1/reports/routine', () => {
    it('streams the routine tasks performed in the range', async () => {
      const from = cal.day(-60);
      const to = cal.today;
      expectPdf(
        await getBytes(`/portal/v1/reports/routine?from=${from}&to=${to}`, token),
        `routine-report-${from}-to-${to}.pdf`,
      );
    });

    it('takes a whole leap year, and renders an empty range', async () => {
      expectPdf(
        await getBytes('/portal/v1/reports/routine?from=2024-01-01&to=2024-12-31', token),
        'routine-report-2024-01-01-to-2024-12-31.pdf',
      );
    });

    it('refuses a reversed range, a range over 366 days and dates that do not exist', async () => {
      expectProblem(await get('/portal/v1/reports/routine?from=2025-03-02&to=2025-03-01', token), 400, 'to');
      expectProblem(await get('/portal/v1/reports/routine?from=2025-01-01&to=2026-01-02', token), 400, 'to');
      expectProblem(
        await get('/portal/v1/reports/routine?from=2025-02-30&to=2025-03-01', token),
        400,
        'from',
      );
      expectProblem(await get('/portal/v1/reports/routine?from=2025-01-01', token), 400, 'to');
    });
  });

  it('documents both reports as binary PDFs for the generated client', async () => {
    const spec = (await request(t.app.server).get('/openapi.json')).body;
    for (const path of ['/portal/v1/reports/monthly', '/portal/v1/reports/routine']) {
      const content = spec.paths[path].get.responses['200'].content;
      expect(content['application/pdf'].schema).toMatchObject({ type: 'string', format: 'binary' });
    }
    expect(spec.paths['/portal/v1/dashboard'].get.operationId).toBe('getPortalDashboard');
  });
});
