import { describe, expect, it } from '@jest/globals';
import { makeAccount, makeContact, makeEnrolledContact } from '@portico/db/testing';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

/** Collects a binary body whatever its content type. */
const binary = (res: request.Response, callback: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('GET /api/v1/reports/portal-adoption/export and portal-usage/export', () => {
  const t = useTestApp();
  const today = () => new Date().toISOString().slice(0, 10);
  const get = (auth: string, path: string) =>
    request(t.app.server)
      .get(`/api/v1/reports/${path}`)
      .set('authorization', auth)
      .buffer(true)
      .parse(binary);

  it('streams a CSV attachment with the filtered customers, formulas guarded', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.read', 'reports.export'] });
    const ash = await makeAccount(t.db, org.id, { name: 'Ash' });
    await makeEnrolledContact(t.db, org.id, { accountId: ash.id });
    const evil = await makeAccount(t.db, org.id, { name: '@SUM(1+1)' });
    await makeContact(t.db, org.id, { accountId: evil.id });
    await makeAccount(t.db, org.id, { name: 'Gone', active: false });

    const res = await get(auth, 'portal-adoption/export?format=csv&customerHasAccess=no');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain(
      `attachment; filename="portal-adoption-${today()}.csv"`,
    );
    expect((res.body as Buffer).toString('utf8')).toBe(
      "\uFEFFCustomer,Active,Contacts,Emails with access,Has access\r\n'@SUM(1+1),yes,1,0,no\r\n",
    );
  });

  it('answers XLSX and PDF with their content types and usage sections by name', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['reports.export'] });
    await makeAccount(t.db, org.id, { name: 'Birch' });
    const xlsx = await get(auth, 'portal-adoption/export?format=xlsx&table=customers');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    // A zip (parsed back cell by cell in core's export tests).
    expect((xlsx.body as Buffer).subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = await get(auth, 'portal-usage/export?format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`filename="portal-usage-${today()}.pdf"`);
    expect((pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const cohorts = await get(auth, 'portal-usage/export?format=csv&table=cohorts');
    expect(cohorts.headers['content-disposition']).toContain(`portal-usage-cohorts-${today()}.csv`);
    expect((cohorts.body as Buffer).toString('utf8')).toBe('\uFEFFMonth,Invited,Registered,Active\r\n');
  });

  it('refuses a bad format, table or period with 400 before streaming', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['reports.export'] });
    for (const path of [
      'portal-adoption/export?format=docx',
      'portal-adoption/export?format=csv&table=cohorts',
      'portal-adoption/export',
      'portal-usage/export?format=csv&from=2026-03-01&to=2026-02-01',
    ]) {
      const res = await request(t.app.server).get(`/api/v1/reports/${path}`).set('authorization', auth);
      expectProblem(res, 400);
    }
  });

  it('needs reports.export (403) and a signed-in user (401)', async () => {
    const { auth } = await signedInOrg(t, { permissions: ['reports.read'] });
    expectProblem(
      await request(t.app.server)
        .get('/api/v1/reports/portal-adoption/export?format=csv')
        .set('authorization', auth),
      403,
    );
    expectProblem(await request(t.app.server).get('/api/v1/reports/portal-usage/export?format=csv'), 401);
  });
});
