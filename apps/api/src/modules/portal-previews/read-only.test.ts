import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  makeAccount,
  makeDocument,
  makeEnrolledContact,
  makeOfficeUser,
  makeOrganization,
  TEST_PASSWORD,
} from '@portico/db/testing';
import request from 'supertest';
import { allAreas } from '../../../test/portal-client';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();

type Operation = { operationId?: string; security?: Record<string, unknown>[] };

/**
 * Every write of the portal, from the live OpenAPI document (so a route added tomorrow is in the
 * list): each non-GET operation under /portal/v1 that takes the customer's bearer token. Routes
 * without one (sign-in, links, invitations) act on what they are sent, never on a session.
 */
function portalWrites() {
  const spec = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
  return Object.entries(spec.paths)
    .filter(([path]) => path.startsWith('/portal/v1/'))
    .flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([method]) => !['get', 'head', 'options'].includes(method))
        .filter(([, op]) => op.security?.some((s) => 'portalBearer' in s))
        .map(([method, op]) => ({ path, method, operationId: op.operationId ?? `${method} ${path}` })),
    );
}

async function previewOf(contact: { id: string; orgId: string }) {
  const user = await makeOfficeUser(t.db, contact.orgId, { permissions: ['access.manage'] });
  const started = await request(t.app.server)
    .post(`/api/v1/contacts/${contact.id}/portal-preview`)
    .set('authorization', `Bearer ${t.app.signOfficeAccessToken(user)}`);
  const code = new URLSearchParams(new URL(started.body.url).hash.slice(1)).get('code');
  const opened = await request(t.app.server).post('/portal/v1/auth/preview').send({ code });
  return `Bearer ${opened.body.accessToken}`;
}

describe('the read-only preview', () => {
  it('refuses every write with 403 read_only_preview, whatever the body, and changes nothing', async () => {
    const org = await makeOrganization(t.db);
    const account = await makeAccount(t.db, org.id);
    const contact = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...allAreas });
    const proposal = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'proposal' });
    // The customer is signed in somewhere: signing out everywhere in preview must not end that.
    const signIn = await request(t.app.server)
      .post('/portal/v1/auth/sign-in')
      .send({ email: contact.email, password: TEST_PASSWORD });
    expect(signIn.status).toBe(200);
    const token = await previewOf(contact);

    const writes = portalWrites();
    // Today: the proposal decision, signing out everywhere, ending the preview; more will come.
    expect(writes.length).toBeGreaterThanOrEqual(3);
    const allowed: string[] = [];
    // Ending the preview is the one write a preview may make, and it ends the token: last.
    const ordered = [...writes].sort(
      (a, b) => Number(a.operationId === 'endPortalPreview') - Number(b.operationId === 'endPortalPreview'),
    );
    for (const { path, method, operationId } of ordered) {
      // A real id where the route names a document, so the refusal is not a 404 in disguise.
      const url = path.replace(/\{(\w+)\}/g, (_, name) => (name === 'id' ? proposal.id : randomUUID()));
      for (const body of [{}, { decision: 'accepted', name: 'Previewer' }]) {
        const res = await request(t.app.server)[method as 'post'](url).set('authorization', token).send(body);
        if (operationId === 'endPortalPreview') {
          allowed.push(operationId);
          expect(res.status).toBe(204);
          break;
        }
        expect({ operationId, status: res.status, code: res.body.code }).toEqual({
          operationId,
          status: 403,
          code: 'read_only_preview',
        });
        expect(res.headers['content-type']).toContain('application/problem+json');
      }
    }
    // Only ending the preview itself is let through.
    expect(allowed).toEqual(['endPortalPreview']);

    const after = await t.db.query.documents.findFirst({ where: (d, { eq }) => eq(d.id, proposal.id) });
    expect(after?.decision).toBeNull();
    const sessions = await t.db.query.refreshTokens.findMany({
      where: (r, { eq }) => eq(r.subjectId, contact.id),
    });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.revokedAt).toBeNull();
    const activity = await t.db.query.activityEvents.findMany({
      where: (e, { eq }) => eq(e.contactId, contact.id),
    });
    expect(activity.map((e) => e.type)).toEqual(['sign_in']);
  });

  it("leaves the customer's own session free to write", async () => {
    const org = await makeOrganization(t.db);
    const account = await makeAccount(t.db, org.id);
    const contact = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...allAreas });
    const proposal = await makeDocument(t.db, org.id, { accountId: account.id }, { kind: 'proposal' });
    await previewOf(contact);
    const res = await request(t.app.server)
      .post(`/portal/v1/documents/${proposal.id}/decision`)
      .set('authorization', `Bearer ${t.app.signPortalAccessToken(contact)}`)
      .send({ decision: 'accepted', name: 'Casey' });
    expect(res.status).toBe(200);
    expect(res.body.decision).toMatchObject({ decision: 'accepted', name: 'Casey' });
  });
});
