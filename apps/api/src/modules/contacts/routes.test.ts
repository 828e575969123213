import { describe, expect, it } from '@jest/globals';
import {
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeOrganization,
} from '@portico/db/testing';
import request from 'supertest';
import { signedInOrg, useTestApp } from '../../../test/test-app';

describe('contacts', () => {
  const t = useTestApp();
  const api = (auth: string) => ({
    get: (url: string) => request(t.app.server).get(`/api/v1${url}`).set('authorization', auth),
    post: (url: string, body: object) =>
      request(t.app.server).post(`/api/v1${url}`).set('authorization', auth).send(body),
    patch: (url: string, body: object) =>
      request(t.app.server).patch(`/api/v1${url}`).set('authorization', auth).send(body),
    put: (url: string, body: object) =>
      request(t.app.server).put(`/api/v1${url}`).set('authorization', auth).send(body),
    del: (url: string) => request(t.app.server).delete(`/api/v1${url}`).set('authorization', auth),
  });

  describe('create, read, update, delete', () => {
    it('creates a contact with account and building links and access areas', async () => {
      const { org, auth } = await signedInOrg(t);
      const account = await makeAccount(t.db, org.id, { name: 'Harbor' });
      const building = await makeBuilding(t.db, org.id, account.id, { name: 'Tower' });
      const res = await api(auth).post('/contacts', {
        firstName: 'Dana',
        lastName: 'Lee',
        email: 'Dana@Example.test',
        accounts: [{ accountId: account.id, isBillingContact: true }],
        buildingIds: [building.id],
        access: { invoices: true, proposals: true },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        firstName: 'Dana',
        email: 'Dana@Example.test',
        portalStatus: 'not_invited',
        access: { inspectionReports: true, serviceReports: true, proposals: true, invoices: true },
        accounts: [{ accountId: account.id, accountName: 'Harbor', isBillingContact: true }],
        buildings: [{ buildingId: building.id, buildingName: 'Tower', accountId: account.id }],
      });
      const fetched = await api(auth).get(`/contacts/${res.body.id}`);
      expect(fetched.body).toEqual(res.body);
    });

    it('treats a blank email as none, and allows several contacts without email', async () => {
      const { auth } = await signedInOrg(t);
      const a = await api(auth).post('/contacts', { firstName: 'A', email: '' });
      const b = await api(auth).post('/contacts', { firstName: 'B' });
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(a.body.email).toBeNull();
    });

    it('refuses a duplicate email in the organization, whatever its case, with 409', async () => {
      const { org, auth } = await signedInOrg(t);
      await makeContact(t.db, org.id, { email: 'sam@customer.test' });
      const res = await api(auth).post('/contacts', { firstName: 'Sam', email: 'SAM@customer.test' });
      expect(res.status).toBe(409);
      expect(res.body.errors).toEqual([{ field: 'email', message: 'already used by another contact' }]);
      // Another organization may use the same address.
      const other = await signedInOrg(t);
      expect(
        (await api(other.auth).post('/contacts', { firstName: 'Sam', email: 'sam@customer.test' })).status,
      ).toBe(201);
    });

    it('updates details and refuses an update to a taken email', async () => {
      const { org, auth } = await signedInOrg(t);
      await makeContact(t.db, org.id, { email: 'taken@customer.test' });
      const c = await makeContact(t.db, org.id);
      const ok = await api(auth).patch(`/contacts/${c.id}`, { phone: '+1 555 0100', jobTitle: 'Facilities' });
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ phone: '+1 555 0100', jobTitle: 'Facilities' });
      expect((await api(auth).patch(`/contacts/${c.id}`, { email: 'Taken@customer.test' })).status).toBe(409);
    });

    it('links and unlinks accounts and buildings', async () => {
      const { org, auth } = await signedInOrg(t);
      const account = await makeAccount(t.db, org.id);
      const building = await makeBuilding(t.db, org.id, account.id);
      const c = await makeContact(t.db, org.id);
      const linked = await api(auth).put(`/contacts/${c.id}/accounts/${account.id}`, {
        isBillingContact: true,
      });
      expect(linked.body.accounts).toEqual([
        { accountId: account.id, accountName: account.name, isBillingContact: true },
      ]);
      const reflagged = await api(auth).put(`/contacts/${c.id}/accounts/${account.id}`, {
        isBillingContact: false,
      });
      expect(reflagged.body.accounts[0].isBillingContact).toBe(false);
      expect(
        (await api(auth).put(`/contacts/${c.id}/buildings/${building.id}`, {})).body.buildings,
      ).toHaveLength(1);
      expect((await api(auth).del(`/contacts/${c.id}/accounts/${account.id}`)).status).toBe(204);
      expect((await api(auth).del(`/contacts/${c.id}/buildings/${building.id}`)).status).toBe(204);
      expect((await api(auth).del(`/contacts/${c.id}/buildings/${building.id}`)).status).toBe(404);
      const after = await api(auth).get(`/contacts/${c.id}`);
      expect(after.body.accounts).toEqual([]);
      expect(after.body.buildings).toEqual([]);
    });

    it('deletes a contact', async () => {
      const { org, auth } = await signedInOrg(t);
      const c = await makeContact(t.db, org.id);
      expect((await api(auth).del(`/contacts/${c.id}`)).status).toBe(204);
      expect((await api(auth).get(`/contacts/${c.id}`)).status).toBe(404);
    });
  });

  describe('errors', () => {
    it('answers 400 with field errors for bad bodies, never 500', async () => {
      const { auth } = await signedInOrg(t);
      const cases: [object, string][] = [
        [{}, 'firstName'],
        [{ firstName: '' }, 'firstName'],
        [{ firstName: 'A', email: 'not-an-email' }, 'email'],
        [{ firstName: 'A', accounts: [{ accountId: 'nope' }] }, 'accounts.0.accountId'],
        [{ firstName: 'A', favouriteColour: 'blue' }, 'favouriteColour'],
        [{ firstName: 'A', access: { everything: true } }, 'access.everything'],
      ];
      for (const [body, field] of cases) {
        const res = await api(auth).post('/contacts', body);
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      }
      expect((await api(auth).patch('/contacts/not-a-uuid', { firstName: 'x' })).status).toBe(400);
      const { org } = await signedInOrg(t);
      const c = await makeContact(t.db, org.id);
      expect((await api(auth).patch(`/contacts/${c.id}`, {})).status).toBe(400);
    });

    it('answers 400 for a malformed JSON body and bad list parameters', async () => {
      const { auth } = await signedInOrg(t);
      const res = await request(t.app.server)
        .post('/api/v1/contacts')
        .set('authorization', auth)
        .set('content-type', 'application/json')
        .send('{"firstName": ');
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((await api(auth).get('/contacts?portalStatus=happy')).status).toBe(400);
      expect((await api(auth).get('/contacts?limit=0')).status).toBe(400);
      expect((await api(auth).get('/contacts?cursor=garbage')).status).toBe(400);
    });

    it('needs contacts.write to change contacts, and access.manage to set access areas', async () => {
      const reader = await signedInOrg(t, { permissions: ['reports.read'] });
      expect((await api(reader.auth).get('/contacts')).status).toBe(200);
      const denied = await api(reader.auth).post('/contacts', { firstName: 'A' });
      expect(denied.status).toBe(403);
      expect(denied.body.detail).toMatch(/contacts\.write/);

      const writer = await signedInOrg(t, { permissions: ['contacts.write'] });
      expect((await api(writer.auth).post('/contacts', { firstName: 'A' })).status).toBe(201);
      const noAccess = await api(writer.auth).post('/contacts', {
        firstName: 'B',
        access: { invoices: true },
      });
      expect(noAccess.status).toBe(403);
      expect(noAccess.body.detail).toMatch(/access\.manage/);
    });
  });

  describe('list', () => {
    it('filters by portal status, account, building, email presence and search', async () => {
      const { org, auth } = await signedInOrg(t);
      const account = await makeAccount(t.db, org.id);
      const otherAccount = await makeAccount(t.db, org.id);
      const building = await makeBuilding(t.db, org.id, account.id);
      const invited = await makeContact(t.db, org.id, {
        firstName: 'Ines',
        inviteStatus: 'invited',
        accountId: account.id,
      });
      const enrolled = await makeContact(t.db, org.id, {
        firstName: 'Eli',
        inviteStatus: 'enrolled',
        buildingId: building.id,
      });
      const suspended = await makeContact(t.db, org.id, {
        firstName: 'Sue',
        inviteStatus: 'enrolled',
        suspended: true,
        accountId: otherAccount.id,
      });
      const noEmail = await makeContact(t.db, org.id, { firstName: 'Nemo', email: null });
      const ids = async (query: string) =>
        ((await api(auth).get(`/contacts?${query}`)).body.items as { id: string }[]).map((c) => c.id).sort();

      expect(await ids('portalStatus=enrolled')).toEqual([enrolled.id]);
      expect(await ids('portalStatus=suspended')).toEqual([suspended.id]);
      expect(await ids('portalStatus=invited&portalStatus=enrolled')).toEqual(
        [invited.id, enrolled.id].sort(),
      );
      expect(await ids('portalStatus=not_invited')).toEqual([noEmail.id]);
      expect(await ids(`accountId=${account.id}`)).toEqual([invited.id, enrolled.id].sort());
      expect(await ids(`buildingId=${building.id}`)).toEqual([invited.id, enrolled.id].sort());
      expect(await ids('hasEmail=false')).toEqual([noEmail.id]);
      expect(await ids('q=ine')).toEqual([invited.id]);
      expect(await ids(`q=${encodeURIComponent(enrolled.email?.toUpperCase() ?? '')}`)).toEqual([
        enrolled.id,
      ]);
      expect(await ids('q=%25')).toEqual([]);

      const res = await api(auth).get('/contacts?portalStatus=suspended');
      expect(res.body.items[0]).toMatchObject({ portalStatus: 'suspended', firstName: 'Sue' });
    });

    it('pages through every contact once, in name order, with a total', async () => {
      const { org, auth } = await signedInOrg(t);
      const names = ['Young', 'adams', 'Baker', 'Clark', 'Diaz', 'evans', 'Ford'];
      for (const lastName of names) await makeContact(t.db, org.id, { lastName });
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await api(auth).get(`/contacts?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        expect(res.body.total).toBe(7);
        seen.push(...res.body.items.map((c: { lastName: string }) => c.lastName));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
      const desc = await api(auth).get('/contacts?limit=2&order=desc');
      expect(desc.body.items.map((c: { lastName: string }) => c.lastName)).toEqual(['Young', 'Ford']);
    });

    it("never shows another organization's contacts, and 404s their ids", async () => {
      const { auth } = await signedInOrg(t);
      const other = await makeOrganization(t.db);
      const foreign = await makeContact(t.db, other.id);
      const foreignAccount = await makeAccount(t.db, other.id);
      const foreignGroup = await makeClientGroup(t.db, other.id);
      const list = await api(auth).get('/contacts?limit=200');
      expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(foreign.id);
      expect((await api(auth).get(`/contacts/${foreign.id}`)).status).toBe(404);
      expect(
        (await api(auth).post('/contacts', { firstName: 'X', accounts: [{ accountId: foreignAccount.id }] }))
          .status,
      ).toBe(404);
      expect(
        (await api(auth).post('/contacts', { firstName: 'X', clientGroupId: foreignGroup.id })).status,
      ).toBe(404);
    });
  });
});
