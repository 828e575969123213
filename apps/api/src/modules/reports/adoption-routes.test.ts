import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import { makeAccount, makeBuilding, makeContact, makeEnrolledContact } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();
const get = (auth: string, query = '') =>
  request(t.app.server).get(`/api/v1/reports/portal-adoption${query}`).set('authorization', auth);

/**
 * Acme (active): Ann enrolled, Ben invited, Cal not invited (Cal is also Birch's).
 * Birch (active): Cal, Dee expired (through a building only), Eve without email, Fay suspended.
 * Cedar (inactive): Gus enrolled. Delta (active): nobody. Hal belongs to no customer.
 * Another organization has an enrolled contact of its own, which must never be counted.
 */
async function build() {
  const office = await signedInOrg(t);
  const orgId = office.org.id;
  const acme = await makeAccount(t.db, orgId, { name: 'Acme' });
  const birch = await makeAccount(t.db, orgId, { name: 'Birch' });
  const cedar = await makeAccount(t.db, orgId, { name: 'Cedar', active: false });
  const delta = await makeAccount(t.db, orgId, { name: 'Delta' });
  const yard = await makeBuilding(t.db, orgId, birch.id, { name: 'Yard' });
  const person = (first: string, last: string, email: string | null) => ({
    firstName: first,
    lastName: last,
    email,
  });
  const c = {
    ann: await makeEnrolledContact(t.db, orgId, {
      ...person('Ann', 'Able', 'ann@acme.test'),
      accountId: acme.id,
    }),
    ben: await makeContact(t.db, orgId, {
      ...person('Ben', 'Brown', 'ben@acme.test'),
      accountId: acme.id,
      inviteStatus: 'invited',
    }),
    cal: await makeContact(t.db, orgId, { ...person('Cal', 'Cole', 'cal@shared.test'), accountId: acme.id }),
    dee: await makeContact(t.db, orgId, {
      ...person('Dee', 'Dunn', 'dee@birch.test'),
      buildingId: yard.id,
      inviteStatus: 'expired',
    }),
    eve: await makeContact(t.db, orgId, { ...person('Eve', 'Eaton', null), accountId: birch.id }),
    fay: await makeEnrolledContact(t.db, orgId, {
      ...person('Fay', 'Fox', 'fay@birch.test'),
      accountId: birch.id,
      suspended: true,
    }),
    gus: await makeEnrolledContact(t.db, orgId, {
      ...person('Gus', 'Gray', 'gus@cedar.test'),
      accountId: cedar.id,
    }),
    hal: await makeEnrolledContact(t.db, orgId, person('Hal', 'Hart', 'hal@nowhere.test')),
  };
  await t.db.insert(schema.contactAccounts).values({ orgId, contactId: c.cal.id, accountId: birch.id });
  const signedIn = new Date('2026-03-04T05:06:07.089Z');
  await t.db
    .update(schema.portalIdentities)
    .set({ lastSignInAt: signedIn })
    .where(eq(schema.portalIdentities.contactId, c.ann.id));
  const invited = new Date('2026-02-01T10:00:00.000Z');
  await t.db.insert(schema.invitations).values([
    {
      orgId,
      contactId: c.ben.id,
      status: 'revoked',
      createdAt: new Date('2026-01-01T10:00:00.000Z'),
      expiresAt: invited,
    },
    { orgId, contactId: c.ben.id, createdAt: invited, expiresAt: new Date('2026-02-04T10:00:00.000Z') },
  ]);

  const other = await signedInOrg(t);
  const otherAccount = await makeAccount(t.db, other.org.id, { name: 'Acme' });
  await makeEnrolledContact(t.db, other.org.id, { accountId: otherAccount.id });

  return { ...office, accounts: { acme, birch, cedar, delta }, c, signedIn, invited, other, otherAccount };
}

let built: ReturnType<typeof build> | undefined;
const fixture = () => {
  built ??= build();
  return built;
};

const headline = async (auth: string, query: string) => {
  const res = await get(auth, query);
  expect(res.status).toBe(200);
  return res.body.headline;
};

describe('portal adoption report', () => {
  describe('happy path', () => {
    it('counts the active customers and their contacts by default', async () => {
      const { auth, accounts } = await fixture();
      const res = await get(auth);
      expect(res.status).toBe(200);
      expect(res.body.headline).toEqual({
        customersWithAccess: 1,
        customersWithoutAccess: 2,
        emailsWithAccess: 1,
        emailsWithoutAccess: 4,
        invitesPending: 1,
        invitesExpired: 1,
        invitesNotSent: 1,
        contactsWithoutEmail: 1,
      });
      expect(res.body.emails).toBeNull();
      expect(res.body.customers).toEqual({
        items: [
          {
            accountId: accounts.acme.id,
            name: 'Acme',
            active: true,
            contacts: 3,
            emailsWithAccess: 1,
            hasAccess: true,
          },
          {
            accountId: accounts.birch.id,
            name: 'Birch',
            active: true,
            contacts: 4,
            emailsWithAccess: 0,
            hasAccess: false,
          },
          {
            accountId: accounts.delta.id,
            name: 'Delta',
            active: true,
            contacts: 0,
            emailsWithAccess: 0,
            hasAccess: false,
          },
        ],
        nextCursor: null,
        total: 3,
      });
    });

    it('lists the emails with their customers, status, last sign-in and latest invitation', async () => {
      const { auth, c, signedIn, invited } = await fixture();
      const res = await get(auth, '?table=emails');
      expect(res.status).toBe(200);
      expect(res.body.customers).toBeNull();
      expect(res.body.emails.total).toBe(6);
      expect(res.body.emails.items).toEqual([
        {
          contactId: c.ann.id,
          name: 'Ann Able',
          email: 'ann@acme.test',
          accountNames: ['Acme'],
          portalStatus: 'enrolled',
          lastSignInAt: signedIn.toISOString(),
          invitedAt: null,
        },
        {
          contactId: c.ben.id,
          name: 'Ben Brown',
          email: 'ben@acme.test',
          accountNames: ['Acme'],
          portalStatus: 'invited',
          lastSignInAt: null,
          invitedAt: invited.toISOString(),
        },
        expect.objectContaining({
          contactId: c.cal.id,
          accountNames: ['Acme', 'Birch'],
          portalStatus: 'not_invited',
        }),
        expect.objectContaining({ contactId: c.dee.id, accountNames: ['Birch'], portalStatus: 'expired' }),
        expect.objectContaining({ contactId: c.eve.id, email: null, accountNames: ['Birch'] }),
        expect.objectContaining({ contactId: c.fay.id, portalStatus: 'suspended' }),
      ]);
    });

    it('shows inactive or all customers when asked', async () => {
      const { auth, c } = await fixture();
      expect(await headline(auth, '?customers=inactive')).toEqual({
        customersWithAccess: 1,
        customersWithoutAccess: 0,
        emailsWithAccess: 1,
        emailsWithoutAccess: 0,
        invitesPending: 0,
        invitesExpired: 0,
        invitesNotSent: 0,
        contactsWithoutEmail: 0,
      });
      expect(await headline(auth, '?customers=all')).toMatchObject({
        customersWithAccess: 2,
        customersWithoutAccess: 2,
        emailsWithAccess: 2,
        emailsWithoutAccess: 4,
      });
      const emails = await get(auth, '?customers=inactive&table=emails');
      expect(emails.body.emails.items.map((e: { contactId: string }) => e.contactId)).toEqual([c.gus.id]);
    });

    it('filters customers by access, id and name', async () => {
      const { auth, accounts } = await fixture();
      expect(await headline(auth, '?customerHasAccess=no')).toEqual({
        customersWithAccess: 0,
        customersWithoutAccess: 2,
        emailsWithAccess: 0,
        emailsWithoutAccess: 3,
        invitesPending: 0,
        invitesExpired: 1,
        invitesNotSent: 1,
        contactsWithoutEmail: 1,
      });
      expect(await headline(auth, '?customerHasAccess=yes')).toEqual({
        customersWithAccess: 1,
        customersWithoutAccess: 0,
        emailsWithAccess: 1,
        emailsWithoutAccess: 2,
        invitesPending: 1,
        invitesExpired: 0,
        invitesNotSent: 1,
        contactsWithoutEmail: 0,
      });
      const twoIds = `?customer=${accounts.birch.id}&customer=${accounts.delta.id}`;
      expect(await headline(auth, twoIds)).toMatchObject({
        customersWithoutAccess: 2,
        emailsWithoutAccess: 3,
      });
      const oneId = await get(auth, `?customer=${accounts.birch.id}`);
      expect(oneId.body.customers.items.map((r: { name: string }) => r.name)).toEqual(['Birch']);
      const byName = await get(auth, '?customerName=CM');
      expect(byName.body.customers.items.map((r: { name: string }) => r.name)).toEqual(['Acme']);
      expect(byName.body.headline).toMatchObject({
        customersWithAccess: 1,
        emailsWithAccess: 1,
        emailsWithoutAccess: 2,
      });
    });

    it('filters emails by access, address and invite status, showing only customers with a match', async () => {
      const { auth } = await fixture();
      expect(await headline(auth, '?emailHasAccess=yes')).toEqual({
        customersWithAccess: 1,
        customersWithoutAccess: 0,
        emailsWithAccess: 1,
        emailsWithoutAccess: 0,
        invitesPending: 0,
        invitesExpired: 0,
        invitesNotSent: 0,
        contactsWithoutEmail: 0,
      });
      expect(await headline(auth, '?emailHasAccess=no')).toEqual({
        customersWithAccess: 1,
        customersWithoutAccess: 1,
        emailsWithAccess: 0,
        emailsWithoutAccess: 4,
        invitesPending: 1,
        invitesExpired: 1,
        invitesNotSent: 1,
        contactsWithoutEmail: 1,
      });
      const byEmail = await get(auth, '?email=BIRCH.test');
      expect(byEmail.body.headline).toMatchObject({
        customersWithAccess: 0,
        customersWithoutAccess: 1,
        emailsWithoutAccess: 2,
        invitesExpired: 1,
      });
      expect(byEmail.body.customers.items).toEqual([expect.objectContaining({ name: 'Birch', contacts: 2 })]);
      expect(await headline(auth, '?inviteStatus=invited&inviteStatus=expired')).toMatchObject({
        customersWithAccess: 1,
        customersWithoutAccess: 1,
        emailsWithAccess: 0,
        emailsWithoutAccess: 2,
        invitesPending: 1,
        invitesExpired: 1,
      });
      const suspended = await get(auth, '?inviteStatus=suspended&table=emails');
      expect(suspended.body.emails.items.map((e: { name: string }) => e.name)).toEqual(['Fay Fox']);
    });

    it('pages both tables with cursors', async () => {
      const { auth } = await fixture();
      const first = await get(auth, '?limit=2');
      expect(first.body.customers.items.map((r: { name: string }) => r.name)).toEqual(['Acme', 'Birch']);
      expect(first.body.customers.total).toBe(3);
      const second = await get(auth, `?limit=2&cursor=${first.body.customers.nextCursor}`);
      expect(second.body.customers.items.map((r: { name: string }) => r.name)).toEqual(['Delta']);
      expect(second.body.customers.nextCursor).toBeNull();

      const names = (res: { body: { emails: { items: { name: string }[] } } }) =>
        res.body.emails.items.map((e) => e.name);
      const page1 = await get(auth, '?table=emails&limit=4');
      expect(names(page1)).toEqual(['Ann Able', 'Ben Brown', 'Cal Cole', 'Dee Dunn']);
      const page2 = await get(auth, `?table=emails&limit=4&cursor=${page1.body.emails.nextCursor}`);
      expect(names(page2)).toEqual(['Eve Eaton', 'Fay Fox']);
      expect(page2.body.emails.nextCursor).toBeNull();
      expect(page2.body.emails.total).toBe(6);
    });
  });

  describe('errors', () => {
    it('answers 400 problems for bad queries', async () => {
      const { auth } = await fixture();
      expectProblem(await get(auth, '?customers=some'), 400, 'customers');
      expectProblem(await get(auth, '?customerHasAccess=maybe'), 400, 'customerHasAccess');
      expectProblem(await get(auth, '?customer=not-a-uuid'), 400);
      expectProblem(await get(auth, '?inviteStatus=happy'), 400);
      expectProblem(await get(auth, '?table=buildings'), 400, 'table');
      expectProblem(await get(auth, '?limit=0'), 400, 'limit');
      expectProblem(await get(auth, '?sort=name'), 400);
      expectProblem(await get(auth, '?cursor=garbage'), 400, 'cursor');
      const customersCursor = (await get(auth, '?limit=1')).body.customers.nextCursor;
      expectProblem(await get(auth, `?table=emails&cursor=${customersCursor}`), 400, 'cursor');
    });
  });

  describe('security', () => {
    it('needs sign-in and the reports.read permission', async () => {
      const { org } = await fixture();
      expectProblem(await request(t.app.server).get('/api/v1/reports/portal-adoption'), 401);
      const staff = await signedInOrg(t, { permissions: ['contacts.write'] });
      expectProblem(await get(staff.auth), 403);
      expect(org.id).not.toBe(staff.org.id);
    });

    it("never counts another organization's data, even when asked by id", async () => {
      const { auth, other, otherAccount, accounts } = await fixture();
      const own = await get(other.auth);
      expect(own.body.headline).toMatchObject({
        customersWithAccess: 1,
        customersWithoutAccess: 0,
        emailsWithAccess: 1,
      });
      expect(own.body.customers.items).toEqual([expect.objectContaining({ accountId: otherAccount.id })]);
      const foreign = await get(other.auth, `?customer=${accounts.acme.id}&table=emails`);
      expect(foreign.body.headline).toMatchObject({ customersWithAccess: 0, customersWithoutAccess: 0 });
      expect(foreign.body.emails).toEqual({ items: [], nextCursor: null, total: 0 });
      const mine = await get(auth, `?customer=${otherAccount.id}`);
      expect(mine.body.customers.total).toBe(0);
    });
  });
});
