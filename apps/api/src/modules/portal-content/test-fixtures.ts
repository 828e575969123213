// Shared by this module's tests (imported by *.test.ts only, never by the app).
import { makeAccount, makeBuilding, makeEnrolledContact, makeOrganization } from '@portico/db/testing';
import { allAreas, portalAs } from '../../../test/portal-client';
import type { TestContext } from '../../../test/test-app';

/** GETs as a contact, and a customer with one fully addressed building and every access area. */
export function contentFixtures(t: TestContext) {
  const as = portalAs(t);
  const get = (contact: { id: string; orgId: string }, url: string, view?: string) =>
    as(contact, view).get(url);

  async function customer() {
    const org = await makeOrganization(t.db);
    const account = await makeAccount(t.db, org.id, { name: 'Acme' });
    const building = await makeBuilding(t.db, org.id, account.id, {
      name: 'Alpha House',
      addressLine1: '1 Main St',
      city: 'Springfield',
      region: 'IL',
      postalCode: '62701',
      country: 'US',
      latitude: 39.78,
      longitude: -89.65,
    });
    const contact = await makeEnrolledContact(t.db, org.id, { accountId: account.id, ...allAreas });
    return { org, account, building, contact };
  }
  return { get, customer };
}
