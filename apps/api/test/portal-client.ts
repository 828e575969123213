// Helpers for the portal routes' tests (imported by *.test.ts only, never by the app).
import type { Db } from '@portico/db';
import { sql } from 'drizzle-orm';
import request from 'supertest';
import type { TestContext } from './test-app';

/** Every access area switched on (the contact defaults leave proposals and invoices off). */
export const allAreas = {
  accessInspectionReports: true,
  accessServiceReports: true,
  accessProposals: true,
  accessInvoices: true,
};

/** Dates relative to the database's today, so the expectations hold whatever month the test runs in. */
export interface Calendar {
  today: string;
  year: number;
  /** `YYYY-MM` of the month `n` months before the current one. */
  month: (n: number) => string;
  /** `YYYY-MM-DD`, `days` after today (negative: before). */
  day: (days: number) => string;
  /** The 12 months ending with the current one, oldest first. */
  twelveMonths: () => string[];
}

export async function calendar(db: Db): Promise<Calendar> {
  const result = await db.execute(sql`select to_char(current_date, 'YYYY-MM-DD') as today`);
  const today = (result.rows[0] as { today: string }).today;
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = (n: number) => new Date(Date.UTC(y, m - 1 - n, 1)).toISOString().slice(0, 7);
  const day = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return {
    today,
    year: y,
    month,
    day,
    twelveMonths: () => Array.from({ length: 12 }, (_, i) => month(11 - i)),
  };
}

/** A portal client: `auth` for a contact, GETs with an optional view, and binary (PDF) GETs. */
export function portalClient(t: TestContext) {
  const auth = (contact: { id: string; orgId: string }) => `Bearer ${t.app.signPortalAccessToken(contact)}`;
  const get = (path: string, authorization: string, view?: string) => {
    const req = request(t.app.server).get(path).set('authorization', authorization);
    return view ? req.set('x-portal-view', view) : req;
  };
  // supertest leaves application/pdf unparsed; collect the bytes.
  const getBytes = (path: string, authorization: string) =>
    get(path, authorization)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  return { auth, get, getBytes };
}

/** No access area at all: the contact sees buildings, assets and tasks, and no papers. */
export const noAreas = {
  accessInspectionReports: false,
  accessServiceReports: false,
  accessProposals: false,
  accessInvoices: false,
};

/** The ids of a page's items, sorted, to compare as sets. */
export const ids = (res: request.Response) => res.body.items.map((i: { id: string }) => i.id).sort();

/** Requests as a contact (JSON bodies), through a view when given. */
export function portalAs(t: TestContext) {
  return (contact: { id: string; orgId: string }, view?: string) => {
    const token = `Bearer ${t.app.signPortalAccessToken(contact)}`;
    const send = (req: request.Test) => {
      req.set('authorization', token);
      return view ? req.set('x-portal-view', view) : req;
    };
    return {
      get: (url: string) => send(request(t.app.server).get(`/portal/v1${url}`)),
      post: (url: string, body: object) => send(request(t.app.server).post(`/portal/v1${url}`)).send(body),
    };
  };
}
