import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, schema } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeContact,
  makeDefect,
  makeEnrolledContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ValidationError } from '../errors';
import {
  type AdoptionCustomerRow,
  type AdoptionEmailRow,
  getPortalAdoptionReport,
} from '../reports/adoption-report';
import { type ExportOptions, startReportExport } from './export-report';
import type { ReportExportSpec } from './export-spec';

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 4 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

const ACCOUNTS = 2500;
const PAGE = 500;

/** 2,500 customers (bulk), plus a few contacts whose names test quoting and the formula guard. */
async function seed() {
  const org = await makeOrganization(db);
  await db.insert(schema.accounts).values(
    Array.from({ length: ACCOUNTS }, (_, i) => ({
      orgId: org.id,
      name: `Customer ${String(i).padStart(4, '0')}`,
      active: i % 10 !== 0,
    })),
  );
  const evil = await makeAccount(db, org.id, { name: '=HYPERLINK("http://evil.test","x")' });
  const quoted = await makeAccount(db, org.id, { name: 'Smith, "Junior" & Zoë\nSons' });
  await makeEnrolledContact(db, org.id, { accountId: evil.id, lastName: '+Plus', firstName: '@At' });
  await makeContact(db, org.id, { accountId: quoted.id, inviteStatus: 'invited' });
  await makeContact(db, org.id, { accountId: quoted.id, email: null, lastName: '-Minus' });
  await makeContact(db, org.id, { accountId: evil.id, inviteStatus: 'expired' });
  return org;
}

async function exportOf(orgId: string, spec: ReportExportSpec, options: ExportOptions = {}) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(Buffer.from(chunk)));
  const started = await startReportExport(db, { orgId }, spec, out, { pageSize: PAGE, ...options });
  const stats = await started.done;
  return { ...started, stats, body: Buffer.concat(chunks), writes: chunks.length };
}

/** Every row of a table through the report API itself, page by page. */
async function reportRows<T extends 'customers' | 'emails'>(orgId: string, table: T) {
  const rows: (T extends 'customers' ? AdoptionCustomerRow : AdoptionEmailRow)[] = [];
  let cursor: string | undefined;
  do {
    const report = await getPortalAdoptionReport(
      db,
      { orgId, actor: { type: 'office_user', id: orgId }, permissions: [] },
      { customers: 'all' },
      { table, limit: 200, cursor },
    );
    const page = table === 'customers' ? report.customers : report.emails;
    rows.push(...((page?.items ?? []) as typeof rows));
    cursor = page?.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

/** What a spreadsheet shows for a text cell: the guard's quote, as written. */
const guarded = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
const yesNo = (b: boolean) => (b ? 'yes' : 'no');
const customerCells = (r: AdoptionCustomerRow) => [
  guarded(r.name),
  yesNo(r.active),
  String(r.contacts),
  String(r.emailsWithAccess),
  yesNo(r.hasAccess),
];

describe('report exports', () => {
  let orgId: string;
  beforeAll(async () => {
    orgId = (await seed()).id;
  });

  it('streams the customers table as CSV page by page, rows equal to the report, formulas guarded', async () => {
    const { filename, contentType, stats, body, writes } = await exportOf(orgId, {
      report: 'adoption',
      table: 'customers',
      format: 'csv',
      filter: { customers: 'all' },
    });
    expect(filename).toBe(`portal-adoption-${new Date().toISOString().slice(0, 10)}.csv`);
    expect(contentType).toBe('text/csv; charset=utf-8');
    // 2,502 rows in pages of 500: six FETCHes, each written on its own; never one big read.
    expect(stats).toEqual({ rows: ACCOUNTS + 2, pages: 6 });
    expect(writes).toBeGreaterThanOrEqual(7);

    const records: string[][] = parse(body, { bom: true, relax_column_count: false });
    expect(records[0]).toEqual(['Customer', 'Active', 'Contacts', 'Emails with access', 'Has access']);
    const expected = (await reportRows(orgId, 'customers')).map(customerCells);
    expect(records.slice(1)).toEqual(expected);
    expect(records.slice(1).find((r) => r[0]?.includes('HYPERLINK'))?.[0]).toBe(
      `'=HYPERLINK("http://evil.test","x")`,
    );
    expect(records.slice(1).find((r) => r[0]?.startsWith('Smith'))?.[0]).toBe('Smith, "Junior" & Zoë\nSons');
  });

  it('exports the emails table as CSV equal to the report rows', async () => {
    const { body, stats } = await exportOf(orgId, {
      report: 'adoption',
      table: 'emails',
      format: 'csv',
      filter: { customers: 'all' },
    });
    const records: string[][] = parse(body, { bom: true });
    const expected = (await reportRows(orgId, 'emails')).map((r) => [
      guarded(r.name),
      r.email ?? '',
      // The customers cell is guarded as a whole: it starts with the first customer's name.
      guarded(r.accountNames.join('; ')),
      r.portalStatus,
      r.lastSignInAt?.toISOString() ?? '',
      r.invitedAt?.toISOString() ?? '',
    ]);
    expect(stats.rows).toBe(4);
    expect(records.slice(1)).toEqual(expected);
    expect(records.slice(1).some((r) => r[0] === "'@At +Plus")).toBe(true);
  });

  it('writes XLSX through the streaming writer: a summary sheet and the table, equal to the report', async () => {
    const { body, contentType, stats } = await exportOf(orgId, {
      report: 'adoption',
      table: 'customers',
      format: 'xlsx',
      filter: { customers: 'all' },
    });
    expect(contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(stats.pages).toBe(6);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    const summary = workbook.getWorksheet('Summary');
    const sheet = workbook.getWorksheet('Customers');
    if (!summary || !sheet) throw new Error('missing sheets');
    const values = (ws: ExcelJS.Worksheet) => {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      return rows;
    };
    const report = await getPortalAdoptionReport(
      db,
      { orgId, actor: { type: 'office_user', id: orgId }, permissions: [] },
      { customers: 'all' },
      { limit: 1 },
    );
    expect(values(summary)).toContainEqual(['Customers with access', report.headline.customersWithAccess]);
    expect(values(summary)).toContainEqual(['Invites expired', report.headline.invitesExpired]);
    const expected = (await reportRows(orgId, 'customers')).map((r) => [
      r.name,
      yesNo(r.active),
      r.contacts,
      r.emailsWithAccess,
      yesNo(r.hasAccess),
    ]);
    // XLSX cells are typed strings, never formulas: no guard, the name as it is.
    expect(values(sheet).slice(1)).toEqual(expected);
  });

  it('renders a PDF with the headline and charts, and the usage report in every format', async () => {
    const pdf = await exportOf(orgId, {
      report: 'adoption',
      table: 'emails',
      format: 'pdf',
      filter: {},
    });
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.filename).toMatch(/^portal-adoption-emails-\d{4}-\d{2}-\d{2}\.pdf$/);

    const account = await makeAccount(db, orgId, { name: 'Zz At Risk' });
    await makeDefect(db, orgId, (await makeBuilding(db, orgId, account.id)).id, { severity: 'critical' });
    const atRisk = await exportOf(orgId, {
      report: 'usage',
      table: 'atRiskAccounts',
      format: 'csv',
      filter: {},
    });
    expect(atRisk.filename).toMatch(/^portal-usage-at-risk-accounts-/);
    const records: string[][] = parse(atRisk.body, { bom: true });
    expect(records).toEqual([
      ['Customer', 'Open critical defects', 'Overdue invoices', 'Overdue amount', 'Contacts to invite'],
      ['Zz At Risk', '1', '0', '0', '0'],
    ]);
    for (const format of ['xlsx', 'pdf'] as const) {
      const usage = await exportOf(orgId, { report: 'usage', table: 'summary', format, filter: {} });
      expect(usage.body.length).toBeGreaterThan(500);
    }
  });

  it('refuses bad filters before writing a byte', async () => {
    const out = new PassThrough();
    await expect(
      startReportExport(
        db,
        { orgId },
        {
          report: 'usage',
          table: 'summary',
          format: 'csv',
          filter: { from: '2026-03-01', to: '2026-02-01' },
        },
        out,
      ),
    ).rejects.toThrow(ValidationError);
    expect(out.read()).toBeNull();
  });
});
