import { describe, expect, it } from '@jest/globals';
import { type ApiKeyScope, schema } from '@portico/db';
import { makeOfficeUser } from '@portico/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';
import { customer, pngBytes, portalRequests } from './test-fixtures';

const t = useTestApp();
const portal = portalRequests(t);
const api = () => request(t.app.server);

/** A customer with one request, an office user with every permission, and an API key maker. */
async function scene() {
  const c = await customer(t);
  const user = await makeOfficeUser(t.db, c.org.id);
  const office = `Bearer ${t.app.signOfficeAccessToken(user)}`;
  const raised = await portal(c.contact).post('/service-requests', {
    buildingId: c.building.id,
    description: 'Leak in the roof',
  });
  expect(raised.status).toBe(201);
  const key = async (scopes: ApiKeyScope[]) => {
    const res = await api()
      .post('/api/v1/api-keys')
      .set('authorization', office)
      .send({ name: 'Ops', scopes });
    expect(res.status).toBe(201);
    return `Bearer ${res.body.key as string}`;
  };
  return { ...c, user, office, requestId: raised.body.id as string, key };
}

const patch = (auth: string, id: string, body: object) =>
  api().patch(`/api/v1/service-requests/${id}`).set('authorization', auth).send(body);
const get = (auth: string, url: string) => api().get(`/api/v1${url}`).set('authorization', auth);

describe('office: list, detail, status changes', () => {
  it('lists with filters and shows the detail with history and photos', async () => {
    const s = await scene();
    await portal(s.contact).upload(s.requestId, pngBytes, 'image/png');
    const other = await portal(s.contact).post('/service-requests', {
      buildingId: s.second.id,
      description: 'Gate',
      urgency: 'emergency',
    });
    expect((await get(s.office, '/service-requests')).body.total).toBe(2);
    const urgent = await get(s.office, '/service-requests?urgency=emergency');
    expect(urgent.body.items.map((i: { id: string }) => i.id)).toEqual([other.body.id]);
    const byBuilding = await get(s.office, `/service-requests?buildingId=${s.building.id}&status=received`);
    expect(byBuilding.body.items.map((i: { id: string }) => i.id)).toEqual([s.requestId]);
    const paged = await get(s.office, '/service-requests?limit=1');
    expect(paged.body.items).toHaveLength(1);
    const next = await get(s.office, `/service-requests?limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.items[0].id).not.toBe(paged.body.items[0].id);
    expect(next.body.nextCursor).toBeNull();
    const detail = await get(s.office, `/service-requests/${s.requestId}`);
    expect(detail.body.photos).toHaveLength(1);
    const photo = await get(s.office, `/service-requests/${s.requestId}/photos/${detail.body.photos[0].id}`);
    expect(photo.status).toBe(200);
    expect(photo.headers['content-type']).toBe('image/png');
  });

  it('walks the transitions, records each with its author, and notifies through the outbox', async () => {
    const s = await scene();
    const when = '2030-05-01T09:00:00.000Z';
    const scheduled = await patch(s.office, s.requestId, {
      status: 'scheduled',
      scheduledFor: when,
      note: 'Ben comes',
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: 'scheduled', scheduledFor: when });
    expect((await patch(s.office, s.requestId, { status: 'in_progress' })).body.status).toBe('in_progress');
    expect((await patch(s.office, s.requestId, { status: 'done' })).body.status).toBe('done');
    const history = (await get(s.office, `/service-requests/${s.requestId}`)).body.history;
    expect(history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'received',
      'scheduled',
      'in_progress',
      'done',
    ]);
    expect(history[1]).toMatchObject({
      fromStatus: 'received',
      note: 'Ben comes',
      actor: { type: 'office_user', name: 'Test User' },
    });
    // The portal shows the same timeline, with the organization standing for its staff.
    const seen = await portal(s.contact).get(`/service-requests/${s.requestId}`);
    expect(seen.body.history[1].actor.type).toBe('office_user');
    expect(seen.body.history[1].actor.name).not.toBe('Test User');
    const jobs = await t.db
      .select({ payload: schema.outbox.payload })
      .from(schema.outbox)
      .where(and(eq(schema.outbox.orgId, s.org.id), eq(schema.outbox.job, 'serviceRequestNotice.send')));
    expect(jobs).toHaveLength(3);
  });

  it('needs a reason to decline, a note to reopen, and refuses moves the status does not allow', async () => {
    const s = await scene();
    expectProblem(await patch(s.office, s.requestId, { status: 'declined' }), 422);
    expectProblem(await patch(s.office, s.requestId, { status: 'declined', note: '   ' }), 422);
    expectProblem(await patch(s.office, s.requestId, { status: 'received' }), 409);
    expectProblem(
      await patch(s.office, s.requestId, { status: 'in_progress', scheduledFor: '2030-01-01T00:00:00Z' }),
      400,
    );
    const declined = await patch(s.office, s.requestId, {
      status: 'declined',
      note: 'Not covered by the contract',
    });
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'Not covered by the contract' });
    // Final: only a reopening, with a note, gets out of it.
    expectProblem(await patch(s.office, s.requestId, { status: 'scheduled' }), 422);
    expectProblem(await patch(s.office, s.requestId, { status: 'received' }), 422);
    const reopened = await patch(s.office, s.requestId, { status: 'received', note: 'Contract extended' });
    expect(reopened.body).toMatchObject({ status: 'received', declineReason: null });
    expectProblem(await patch(s.office, s.requestId, { status: 'bogus' }), 400);
  });

  it('needs contacts.write to change a status, and answers 404 for another organization', async () => {
    const s = await scene();
    const reader = await makeOfficeUser(t.db, s.org.id, { permissions: ['reports.read'] });
    const readerAuth = `Bearer ${t.app.signOfficeAccessToken(reader)}`;
    expect((await get(readerAuth, `/service-requests/${s.requestId}`)).status).toBe(200);
    expectProblem(await patch(readerAuth, s.requestId, { status: 'done' }), 403);
    const other = await scene();
    expectProblem(await get(other.office, `/service-requests/${s.requestId}`), 404);
    expectProblem(await patch(other.office, s.requestId, { status: 'done' }), 404);
    expect(
      (await get(other.office, '/service-requests')).body.items.map((i: { id: string }) => i.id),
    ).toEqual([other.requestId]);
  });
});

describe('integration: the change feed and status updates', () => {
  /** Backdates every request of the organization to one shared updated_at, out of the settle window. */
  async function sameUpdatedAt(orgId: string) {
    await t.db.execute(
      sql`update service_requests set updated_at = '2026-01-01T00:00:00.123456Z' where org_id = ${orgId}`,
    );
  }

  it('pages by (updatedAt, id) with no row skipped or repeated when rows share updatedAt', async () => {
    const s = await scene();
    for (let i = 0; i < 6; i++) {
      await portal(s.contact).post('/service-requests', {
        buildingId: s.building.id,
        description: `Job ${i}`,
      });
    }
    await sameUpdatedAt(s.org.id);
    const auth = await s.key(['service-requests:read']);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/service-requests?updatedSince=2025-12-31T00:00:00Z&limit=3${cursor ? `&cursor=${cursor}` : ''}`;
      const res = await get(auth, url);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((i: { id: string }) => i.id));
      cursor = res.body.nextCursor;
      pages++;
      // A change while paging moves that row to the feed's end: the first row, changed now, is
      // handed out again later (its newest state), and nothing between is lost.
      if (pages === 1) {
        await t.db.execute(
          sql`update service_requests set updated_at = '2026-01-01T00:00:01Z' where id = ${res.body.items[0].id}`,
        );
      }
    } while (cursor);
    expect(seen).toHaveLength(8);
    expect(new Set(seen).size).toBe(7);
    expect(seen.at(-1)).toBe(seen[0]);
    // Only later changes with a later updatedSince.
    const later = await get(auth, '/service-requests?updatedSince=2026-01-01T00:00:00.5Z');
    expect(later.body.items).toHaveLength(1);
  });

  it('holds back changes younger than the settle window', async () => {
    const s = await scene();
    const auth = await s.key(['service-requests:read']);
    expect((await get(auth, '/service-requests?updatedSince=2000-01-01T00:00:00Z')).body.items).toEqual([]);
    await sameUpdatedAt(s.org.id);
    expect((await get(auth, '/service-requests?updatedSince=2000-01-01T00:00:00Z')).body.items).toHaveLength(
      1,
    );
  });

  it('needs service-requests:read to read and service-requests:write to update (403 without)', async () => {
    const s = await scene();
    const noScope = await s.key(['documents:write']);
    expectProblem(await get(noScope, '/service-requests?updatedSince=2000-01-01T00:00:00Z'), 403);
    expectProblem(await get(noScope, `/service-requests/${s.requestId}`), 403);
    const reader = await s.key(['service-requests:read']);
    expectProblem(await patch(reader, s.requestId, { status: 'scheduled' }), 403);
    const writer = await s.key(['service-requests:write']);
    const res = await patch(writer, s.requestId, {
      status: 'scheduled',
      scheduledFor: '2030-05-01T09:00:00Z',
    });
    expect(res.status).toBe(200);
    expect(res.body.history.at(-1).actor).toMatchObject({ type: 'integration', name: 'Integration: Ops' });
    expectProblem(await patch(writer, s.requestId, { status: 'declined' }), 422);
    expectProblem(await get(`Bearer ptk_${'x'.repeat(43)}`, '/service-requests'), 401);
    // Another organization's key sees nothing of this one.
    const other = await scene();
    const theirs = await other.key(['service-requests:read', 'service-requests:write']);
    expectProblem(await get(theirs, `/service-requests/${s.requestId}`), 404);
    expectProblem(await patch(theirs, s.requestId, { status: 'done' }), 404);
  });

  it('refuses a forged cursor with 400', async () => {
    const s = await scene();
    const auth = await s.key(['service-requests:read']);
    expectProblem(await get(auth, '/service-requests?cursor=bm9wZQ'), 400, 'cursor');
  });
});
