import { describe, expect, it } from '@jest/globals';
import { makeEnrolledContact, TEST_PASSWORD } from '@portico/db/testing';
import request from 'supertest';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

const t = useTestApp();

describe('contact access areas', () => {
  it('sets the areas, and the portal sees the change on its next request', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeEnrolledContact(t.db, org.id);
    const session = await request(t.app.server)
      .post('/portal/v1/auth/sign-in')
      .send({ email: c.email, password: TEST_PASSWORD });
    const before = await request(t.app.server)
      .get('/portal/v1/me')
      .set('authorization', `Bearer ${session.body.accessToken}`);
    expect(before.body.access.invoices).toBe(false);

    const res = await request(t.app.server)
      .patch(`/api/v1/contacts/${c.id}/access`)
      .set('authorization', auth)
      .send({ invoices: true, serviceReports: false });
    expect(res.status).toBe(200);
    expect(res.body.access).toEqual({
      inspectionReports: true,
      serviceReports: false,
      proposals: false,
      invoices: true,
    });
    const after = await request(t.app.server)
      .get('/portal/v1/me')
      .set('authorization', `Bearer ${session.body.accessToken}`);
    expect(after.body.access).toEqual(res.body.access);
  });

  it('needs access.manage and at least one known area', async () => {
    const staff = await signedInOrg(t, { permissions: ['contacts.write'] });
    const c = await makeEnrolledContact(t.db, staff.org.id);
    expectProblem(
      await request(t.app.server)
        .patch(`/api/v1/contacts/${c.id}/access`)
        .set('authorization', staff.auth)
        .send({ invoices: true }),
      403,
    );
    const admin = await signedInOrg(t);
    const own = await makeEnrolledContact(t.db, admin.org.id);
    expectProblem(
      await request(t.app.server)
        .patch(`/api/v1/contacts/${own.id}/access`)
        .set('authorization', admin.auth)
        .send({}),
      400,
    );
    expectProblem(
      await request(t.app.server)
        .patch(`/api/v1/contacts/${own.id}/access`)
        .set('authorization', admin.auth)
        .send({ everything: true }),
      400,
      'everything',
    );
  });
});
