import { describe, expect, it } from '@jest/globals';
import { type ApiKeyScope, schema } from '@portico/db';
import { makeAccount, makeOfficeUser, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { useTestApp } from '../../../test/test-app';

const t = useTestApp();
const api = () => request(t.app.server);

/** An organization with an API key of these scopes; `auth` is the Authorization header value. */
async function keyedOrg(scopes: ApiKeyScope[] = ['inbound-contacts:write']) {
  const org = await makeOrganization(t.db);
  const user = await makeOfficeUser(t.db, org.id);
  const office = `Bearer ${t.app.signOfficeAccessToken(user)}`;
  const res = await api()
    .post('/api/v1/api-keys')
    .set('authorization', office)
    .send({ name: 'Phones', scopes });
  expect(res.status).toBe(201);
  return { org, auth: `Bearer ${res.body.key as string}` };
}

const post = (auth: string, items: unknown[]) =>
  api().post('/api/v1/integration/inbound-contacts').set('authorization', auth).send({ items });
const rowsOf = (orgId: string) =>
  t.db.select().from(schema.inboundContacts).where(eq(schema.inboundContacts.orgId, orgId));

describe('integration: inbound contacts', () => {
  it('records a batch once: a retry answers unchanged with the same ids and adds nothing', async () => {
    const { org, auth } = await keyedOrg();
    const account = await makeAccount(t.db, org.id, { externalId: 'A-1' });
    const items = [
      { externalId: 'call-1', channel: 'call', occurredAt: '2026-03-02T09:00:00Z', accountExternalId: 'A-1' },
      { externalId: 'calls-2026-03-02', channel: 'call', occurredAt: '2026-03-02T12:00:00Z', count: 14 },
      { externalId: 'mail-9', channel: 'email', occurredAt: '2026-03-02T10:00:00Z', subject: 'Quote?' },
    ];
    const first = await post(auth, items);
    expect(first.status).toBe(200);
    expect(first.body.summary).toEqual({ created: 3, unchanged: 0, failed: 0 });
    const again = await post(auth, items);
    expect(again.body.summary).toEqual({ created: 0, unchanged: 3, failed: 0 });
    expect(again.body.results.map((r: { id: string }) => r.id)).toEqual(
      first.body.results.map((r: { id: string }) => r.id),
    );
    const rows = await rowsOf(org.id);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.externalId === 'call-1')).toMatchObject({
      accountId: account.id,
      source: 'integration',
      count: 1,
      createdBy: null,
    });
    expect(rows.find((r) => r.externalId === 'calls-2026-03-02')?.count).toBe(14);
  });

  it('fails bad items alone: a repeated id, an unknown customer, a time far ahead', async () => {
    const { org, auth } = await keyedOrg();
    const other = await keyedOrg();
    await makeAccount(t.db, other.org.id, { externalId: 'THEIRS' });
    const ahead = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    const res = await post(auth, [
      { externalId: 'x-1', channel: 'email', occurredAt: '2026-03-02T10:00:00Z' },
      { externalId: 'x-1', channel: 'call', occurredAt: '2026-03-02T10:00:00Z' },
      {
        externalId: 'x-2',
        channel: 'email',
        occurredAt: '2026-03-02T10:00:00Z',
        accountExternalId: 'THEIRS',
      },
      { externalId: 'x-3', channel: 'call', occurredAt: ahead },
    ]);
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ created: 1, unchanged: 0, failed: 3 });
    expect(res.body.results.map((r: { error: { code: string } | null }) => r.error?.code ?? null)).toEqual([
      null,
      'duplicate_in_batch',
      'unknown_reference',
      'validation',
    ]);
    expect(res.body.results[3].error.field).toBe('occurredAt');
    expect(await rowsOf(org.id)).toHaveLength(1);
  });

  it('keeps external ids per organization', async () => {
    const a = await keyedOrg();
    const b = await keyedOrg();
    const item = { externalId: 'same', channel: 'call', occurredAt: '2026-03-02T10:00:00Z' };
    expect((await post(a.auth, [item])).body.summary.created).toBe(1);
    expect((await post(b.auth, [item])).body.summary.created).toBe(1);
  });

  it('answers 400 problem+json for a malformed body, 403 without the scope, 401 without a key', async () => {
    const { auth } = await keyedOrg();
    expectProblem(await post(auth, []), 400);
    expectProblem(
      await post(auth, [{ externalId: 'x', channel: 'fax', occurredAt: '2026-03-02T10:00:00Z' }]),
      400,
    );
    expectProblem(await post(auth, [{ externalId: 'x', channel: 'call', occurredAt: 'today' }]), 400);
    const tooMany = Array.from({ length: 501 }, (_, i) => ({
      externalId: `c-${i}`,
      channel: 'call',
      occurredAt: '2026-03-02T10:00:00Z',
    }));
    expectProblem(await post(auth, tooMany), 400);

    const unscoped = await keyedOrg(['contacts:write']);
    expectProblem(
      await post(unscoped.auth, [{ externalId: 'x', channel: 'call', occurredAt: '2026-03-02T10:00:00Z' }]),
      403,
    );
    expect(await rowsOf(unscoped.org.id)).toHaveLength(0);
    expectProblem(await api().post('/api/v1/integration/inbound-contacts').send({ items: [] }), 401);
  });
});
