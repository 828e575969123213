import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
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
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { makeThreadWithAttachment } from '../src/modules/messages/test-fixtures';
import { makeServiceRequestWithPhoto, pngBytes } from '../src/modules/service-requests/test-fixtures';
import { useTestApp } from './test-app';

/**
 * Sweeps every customer route (security portalBearer) read from the OpenAPI document, so a route
 * is covered the day it is added:
 * - a path id of another customer of the same organization, or of another organization, answers
 *   404, exactly like an id that does not exist, and changes nothing;
 * - a filter id in the query (`buildingId`, `assetId`, ...) of someone else answers 200 with an
 *   empty page (total 0). Filters only narrow what the access rule already allows, so a foreign
 *   filter matches nothing; a 404 there would tell a prober that the id exists. Every list does
 *   the same.
 * The unauthenticated token routes (invitations, sign-in links) take tokens, not ids, and are
 * covered by their own tests.
 */
describe('customer isolation across every portal route', () => {
  const t = useTestApp();
  const everything = {
    accessInspectionReports: true,
    accessServiceReports: true,
    accessProposals: true,
    accessInvoices: true,
  };

  /** A customer with one of every record, each with something a leak would show. */
  async function customerRows(orgId: string) {
    const account = await makeAccount(t.db, orgId);
    const building = await makeBuilding(t.db, orgId, account.id);
    const asset = await makeAsset(t.db, orgId, building.id);
    const data = Buffer.from('%PDF-1.4\n');
    const [file] = await t.db
      .insert(schema.files)
      .values({
        orgId,
        filename: 'r.pdf',
        contentType: 'application/pdf',
        byteSize: data.length,
        sha256: 'x',
        data,
      })
      .returning();
    const at = { accountId: account.id, buildingId: building.id };
    // A proposal with a file, so the document routes cannot answer 404 or 422 for another reason.
    const document = await makeDocument(t.db, orgId, at, { kind: 'proposal', fileId: file?.id ?? null });
    // An unpaid invoice with its own payment URL, so "Pay now" answers 200 for its customer.
    const invoice = await makeDocument(t.db, orgId, at, {
      kind: 'invoice',
      amount: '100.00',
      amountPaid: '0',
      paymentUrl: 'https://pay.example.test/invoice',
    });
    await makeDefect(t.db, orgId, building.id, { assetId: asset.id });
    await makeTask(t.db, orgId, building.id, { assetId: asset.id });
    await makeQuote(t.db, orgId, building.id);
    const contact = await makeEnrolledContact(t.db, orgId, { accountId: account.id, ...everything });
    const { thread, attachment } = await makeThreadWithAttachment(t.db, orgId, {
      accountId: account.id,
      buildingId: building.id,
      contactId: contact.id,
    });
    const { serviceRequest, photo } = await makeServiceRequestWithPhoto(t.db, orgId, {
      ...at,
      contactId: contact.id,
    });
    return {
      account,
      building,
      asset,
      document,
      invoice,
      contact,
      thread,
      attachment,
      serviceRequest,
      photo,
    };
  }
  type Rows = Awaited<ReturnType<typeof customerRows>>;

  // A valid body per route, so the request reaches the handler instead of failing validation.
  const bodies: Record<string, object> = {
    'POST /portal/v1/documents/{id}/decision': { decision: 'accepted', name: 'Prober' },
    'POST /portal/v1/documents/{id}/pay': {},
    'POST /portal/v1/message-threads/{id}/messages': { body: 'Probe' },
    // Raw bytes (supertest sends a Buffer as application/octet-stream): the photo upload takes no JSON.
    'POST /portal/v1/service-requests/{id}/photos': pngBytes,
  };

  /** Own-id calls that create something answer 201. */
  const createdStatus: Record<string, number> = { 'POST /portal/v1/service-requests/{id}/photos': 201 };

  /** Which record a path parameter `{id}` names: the resource the path is about. */
  function pathId(path: string, param: string, r: Rows): string {
    const resource = path.split('/')[3] ?? '';
    const byResource: Record<string, string> = {
      buildings: r.building.id,
      documents: r.document.id,
      'message-threads': r.thread.id,
      'service-requests': r.serviceRequest.id,
    };
    if (param === 'photoId') return r.photo.id;
    if (path.endsWith('/pay')) return r.invoice.id;
    if (param === 'attachmentId') return r.attachment.id;
    const id = param === 'id' ? byResource[resource] : undefined;
    if (id) return id;
    throw new Error(`portal-isolation test does not know the parameter {${param}} of ${path}: teach it`);
  }

  /** Which record a query filter names. */
  function queryId(path: string, param: string, r: Rows): string {
    const byName: Record<string, string> = {
      buildingId: r.building.id,
      assetId: r.asset.id,
      accountId: r.account.id,
      documentId: r.document.id,
    };
    const id = byName[param];
    if (id) return id;
    throw new Error(`portal-isolation test does not know the filter ${param} of ${path}: teach it`);
  }

  type Operation = { security?: Record<string, unknown>[]; parameters?: { in: string; name: string }[] };
  function portalOperations() {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    return Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/portal/v1/'))
      .flatMap(([path, ops]) =>
        Object.entries(ops)
          .filter(([, op]) => op.security?.some((s) => 'portalBearer' in s))
          .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
      );
  }

  const call = (method: string, url: string, contact: Rows['contact'], body?: object) => {
    const req = request(t.app.server)
      [method.toLowerCase() as 'get'](url)
      .set('authorization', `Bearer ${t.app.signPortalAccessToken(contact)}`);
    return body ? req.send(body) : req;
  };

  it("answers 404 for another customer's and another organization's ids on every route, and changes nothing", async () => {
    const org = await makeOrganization(t.db);
    const mine = await customerRows(org.id);
    const neighbour = await customerRows(org.id);
    const foreign = await customerRows((await makeOrganization(t.db)).id);

    // Help articles are the organization's, for every one of its contacts (not a customer's
    // records): their isolation (other organization, drafts: 404) is tested in modules/help-articles.
    const routes = portalOperations().filter(
      ({ path }) => path.includes('{') && path !== '/portal/v1/help-articles/{slug}',
    );
    expect(routes.length).toBeGreaterThanOrEqual(4);
    const checked = new Set<string>();
    for (const { path, method } of routes) {
      const key = `${method} ${path}`;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      for (const [whose, theirs] of [
        ['same organization', neighbour],
        ['other organization', foreign],
      ] as const) {
        const url = params.reduce((u, p) => u.replace(`{${p}}`, pathId(path, p, theirs)), path);
        const res = await call(method, url, mine.contact, bodies[key]);
        expect({ route: key, whose, status: res.status }).toEqual({ route: key, whose, status: 404 });
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
      // The same route with the contact's own ids works, so the 404s above mean something.
      const own = params.reduce((u, p) => u.replace(`{${p}}`, pathId(path, p, mine)), path);
      const res = await call(method, own, mine.contact, bodies[key]);
      expect({ route: key, status: res.status }).toEqual({ route: key, status: createdStatus[key] ?? 200 });
      checked.add(key);
    }
    expect(checked.size).toBe(routes.length);

    for (const theirs of [neighbour, foreign]) {
      const [doc] = await t.db
        .select({ decision: schema.documents.decision })
        .from(schema.documents)
        .where(eq(schema.documents.id, theirs.document.id));
      expect(doc?.decision).toBeNull();
    }
    const probes = await t.db.query.activityEvents.findMany({
      where: (e, { eq: is }) => is(e.contactId, mine.contact.id),
    });
    // Only the own-id calls were recorded (view, download, decision); the refused ones left no trace.
    expect(
      probes.every(
        (e) =>
          e.detail.documentId === undefined ||
          e.detail.documentId === mine.document.id ||
          e.detail.documentId === mine.invoice.id,
      ),
    ).toBe(true);
  });

  it('answers an empty page for filter ids of another customer or organization on every list', async () => {
    const org = await makeOrganization(t.db);
    const mine = await customerRows(org.id);
    const neighbour = await customerRows(org.id);
    const foreign = await customerRows((await makeOrganization(t.db)).id);

    const filters = portalOperations()
      .filter(({ path, method }) => method === 'GET' && !path.includes('{'))
      .flatMap(({ path, op }) =>
        (op.parameters ?? [])
          .filter((p) => p.in === 'query' && /Id$/.test(p.name))
          .map((p) => ({ path, param: p.name })),
      );
    expect(filters.length).toBeGreaterThanOrEqual(6);
    for (const { path, param } of filters) {
      for (const [whose, theirs] of [
        ['same organization', neighbour],
        ['other organization', foreign],
      ] as const) {
        const res = await call('GET', `${path}?${param}=${queryId(path, param, theirs)}`, mine.contact);
        expect({
          path,
          param,
          whose,
          status: res.status,
          total: res.body.total,
          items: res.body.items,
        }).toEqual({
          path,
          param,
          whose,
          status: 200,
          total: 0,
          items: [],
        });
      }
      const own = await call('GET', `${path}?${param}=${queryId(path, param, mine)}`, mine.contact);
      expect({ path, param, total: own.body.total > 0 }).toEqual({ path, param, total: true });
    }
  });
});
