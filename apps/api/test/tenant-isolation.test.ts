import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeContact,
  makeDocument,
  makeOrganization,
} from '@portico/db/testing';
import request from 'supertest';
import { makeThreadWithAttachment } from '../src/modules/messages/test-fixtures';
import { makeServiceRequestWithPhoto } from '../src/modules/service-requests/test-fixtures';
import { signedInOrg, useTestApp } from './test-app';

/**
 * Sweeps every office route that takes an id, read from the OpenAPI document so a new route is
 * covered the day it is added: another organization's ids must answer 404, exactly as ids that
 * do not exist, and must change nothing.
 */
describe('tenant isolation across every office route', () => {
  const t = useTestApp();

  // A valid body per route, so the request reaches the handler instead of failing validation.
  const bodies: Record<string, object> = {
    'PATCH /api/v1/accounts/{id}': { name: 'Renamed' },
    'PATCH /api/v1/buildings/{id}': { name: 'Renamed' },
    'PATCH /api/v1/client-groups/{id}': { name: 'Renamed' },
    'PATCH /api/v1/contacts/{id}': { firstName: 'Renamed' },
    'PATCH /api/v1/templates/{id}': { name: 'Renamed' },
    'PUT /api/v1/contacts/{id}/accounts/{accountId}': { isBillingContact: true },
    'PUT /api/v1/contacts/{id}/buildings/{buildingId}': {},
    'POST /api/v1/contacts/{id}/invitation': {},
    'POST /api/v1/contacts/{id}/suspend': { note: 'x' },
    'PATCH /api/v1/contacts/{id}/access': { invoices: true },
    'POST /api/v1/contacts/{id}/invitation/resend': {},
    'POST /api/v1/contacts/{id}/access/preview': { accountIds: [], access: { invoices: true } },
    'PATCH /api/v1/webhooks/{id}': { description: 'Renamed' },
    'PATCH /api/v1/sso-providers/{id}': { displayName: 'Renamed' },
    'PATCH /api/v1/help-articles/{id}': { title: 'Renamed' },
    'POST /api/v1/help-articles/{id}/publish': { published: true },
    'POST /api/v1/help-articles/{id}/move': { direction: 'down' },
    'PATCH /api/v1/service-requests/{id}': { status: 'done' },
    'PATCH /api/v1/message-threads/{id}': { status: 'closed' },
    'POST /api/v1/message-threads/{id}/messages': { body: 'Probe' },
    'PUT /api/v1/report-schedules/{id}': {
      name: 'Renamed',
      report: 'adoption',
      format: 'csv',
      recipients: ['ops@example.test'],
      frequency: 'daily',
      time: '08:00',
      timezone: 'UTC',
    },
    'PUT /api/v1/alert-rules/{id}': {
      name: 'Renamed',
      metric: 'pending_invites',
      comparator: 'gt',
      threshold: 1,
      period: 'daily',
      report: 'adoption',
      format: 'csv',
      recipients: ['ops@example.test'],
    },
  };

  async function rows(orgId: string) {
    const account = await makeAccount(t.db, orgId);
    const building = await makeBuilding(t.db, orgId, account.id);
    const group = await makeClientGroup(t.db, orgId);
    const contact = await makeContact(t.db, orgId, { accountId: account.id, buildingId: building.id });
    const document = await makeDocument(t.db, orgId, { accountId: account.id, buildingId: building.id });
    // Not a default, so a leaked DELETE would succeed (204) instead of hiding behind the 409.
    const [template] = await t.db
      .insert(schema.notificationTemplates)
      .values({
        orgId,
        kind: 'invitation',
        name: 'Spare',
        subject: 'Hi',
        htmlBody: '<p>Hi</p>',
        textBody: 'Hi',
      })
      .returning();
    if (!template) throw new Error('template insert returned no row');
    const [batch] = await t.db.insert(schema.invitationBatches).values({ orgId, selection: {} }).returning();
    if (!batch) throw new Error('batch insert returned no row');
    const [invitation] = await t.db
      .insert(schema.invitations)
      .values({
        orgId,
        contactId: contact.id,
        expiresAt: new Date(Date.now() + 86_400_000),
        deliveryState: 'failed',
      })
      .returning();
    if (!invitation) throw new Error('invitation insert returned no row');
    const [apiKey] = await t.db
      .insert(schema.apiKeys)
      .values({ orgId, name: 'Sync', prefix: 'ptk_test', keyHash: randomBytes(32).toString('hex') })
      .returning();
    if (!apiKey) throw new Error('api key insert returned no row');
    const exportTarget = {
      report: 'adoption' as const,
      reportTable: 'customers',
      format: 'csv' as const,
      recipients: ['ops@example.test'],
    };
    const [reportSchedule] = await t.db
      .insert(schema.reportSchedules)
      .values({ orgId, name: 'Daily', ...exportTarget, frequency: 'daily', time: '08:00', timezone: 'UTC' })
      .returning();
    const [alertRule] = await t.db
      .insert(schema.alertRules)
      .values({
        orgId,
        name: 'Pending',
        ...exportTarget,
        metric: 'pending_invites',
        comparator: 'gt',
        threshold: 1,
        period: 'daily',
      })
      .returning();
    if (!reportSchedule || !alertRule) throw new Error('report schedule or alert insert returned no row');
    const [webhook] = await t.db
      .insert(schema.webhookEndpoints)
      .values({
        orgId,
        url: 'https://hooks.example.test/portico',
        events: ['contact.enrolled'],
        secret: randomBytes(32).toString('hex'),
        secretPrefix: 'whsec_te',
      })
      .returning();
    if (!webhook) throw new Error('webhook insert returned no row');
    const [delivery] = await t.db
      .insert(schema.webhookDeliveries)
      .values({
        orgId,
        endpointId: webhook.id,
        eventType: 'contact.enrolled',
        eventId: randomUUID(),
        payload: {},
      })
      .returning();
    if (!delivery) throw new Error('webhook delivery insert returned no row');
    const { thread, attachment } = await makeThreadWithAttachment(t.db, orgId, {
      accountId: account.id,
      buildingId: building.id,
      contactId: contact.id,
    });
    const { serviceRequest, photo } = await makeServiceRequestWithPhoto(t.db, orgId, {
      accountId: account.id,
      buildingId: building.id,
      contactId: contact.id,
    });
    const [inboundContact] = await t.db
      .insert(schema.inboundContacts)
      .values({ orgId, channel: 'call', occurredAt: new Date(), source: 'manual' })
      .returning();
    if (!inboundContact) throw new Error('inbound contact insert returned no row');
    const [helpArticle] = await t.db
      .insert(schema.helpArticles)
      .values({ orgId, title: 'Help', slug: `help-${randomBytes(4).toString('hex')}`, body: 'Hi' })
      .returning();
    if (!helpArticle) throw new Error('help article insert returned no row');
    const [ssoProvider] = await t.db
      .insert(schema.ssoProviders)
      .values({
        orgId,
        displayName: 'Their IdP',
        issuerUrl: 'https://idp.example.test',
        clientId: 'portico',
        clientSecretEncrypted: 'not-a-real-secret',
      })
      .returning();
    if (!ssoProvider) throw new Error('sso provider insert returned no row');
    return {
      ssoProvider,
      helpArticle,
      inboundContact,
      serviceRequest,
      photo,
      account,
      building,
      group,
      contact,
      document,
      template,
      batch,
      invitation,
      apiKey,
      reportSchedule,
      alertRule,
      webhook,
      delivery,
      thread,
      attachment,
    };
  }

  /** Which id a path parameter takes: `{id}` is the resource the path is about. */
  function idFor(path: string, param: string, r: Awaited<ReturnType<typeof rows>>): string {
    if (param === 'accountId') return r.account.id;
    if (param === 'buildingId') return r.building.id;
    if (param === 'invitationId') return r.invitation.id;
    if (param === 'deliveryId') return r.delivery.id;
    if (param === 'photoId') return r.photo.id;
    if (param === 'attachmentId') return r.attachment.id;
    if (param === 'id') {
      const resource = path.split('/')[3];
      const byResource: Record<string, string> = {
        accounts: r.account.id,
        buildings: r.building.id,
        'client-groups': r.group.id,
        contacts: r.contact.id,
        documents: r.document.id,
        templates: r.template.id,
        'invitation-batches': r.batch.id,
        'service-requests': r.serviceRequest.id,
        'api-keys': r.apiKey.id,
        'report-schedules': r.reportSchedule.id,
        'alert-rules': r.alertRule.id,
        webhooks: r.webhook.id,
        'message-threads': r.thread.id,
        'inbound-contacts': r.inboundContact.id,
        'help-articles': r.helpArticle.id,
        'sso-providers': r.ssoProvider.id,
      };
      const id = byResource[resource ?? ''];
      if (id) return id;
    }
    throw new Error(`tenant-isolation test does not know the parameter {${param}} of ${path}: teach it`);
  }

  it("answers 404 for another organization's ids on every route, and changes nothing", async () => {
    const { org, auth } = await signedInOrg(t);
    const mine = await rows(org.id);
    const other = await makeOrganization(t.db);
    const theirs = await rows(other.id);

    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(spec.paths)
      // Integration routes take the sender's external ids and an API key, not office ids: their
      // tenancy is tested in modules/integration.
      .filter(
        ([path]) =>
          path.startsWith('/api/v1/') && path.includes('{') && !path.startsWith('/api/v1/integration/'),
      )
      .flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ path, method: method.toUpperCase() })));
    expect(routes.length).toBeGreaterThanOrEqual(14);

    const checked: string[] = [];
    for (const { path, method } of routes) {
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
      // Every parameter foreign at once, and, for links, each one foreign on its own.
      const variants = [
        params.map(() => true),
        ...(params.length > 1 ? params.map((_, i) => params.map((__, j) => i === j)) : []),
      ];
      for (const foreign of variants) {
        const url = params.reduce(
          (u, p, i) => u.replace(`{${p}}`, idFor(path, p, foreign[i] ? theirs : mine)),
          path,
        );
        const key = `${method} ${path}`;
        const req = request(t.app.server)[method.toLowerCase() as 'get'](url).set('authorization', auth);
        const res = bodies[key] ? await req.send(bodies[key]) : await req;
        expect({ route: key, url, status: res.status }).toEqual({ route: key, url, status: 404 });
        expect(res.headers['content-type']).toContain('application/problem+json');
        checked.push(key);
      }
    }

    // Nothing of theirs was renamed, unlinked or deleted.
    const [contactAfter] = await t.db.query.contacts.findMany({
      where: (c, { eq }) => eq(c.id, theirs.contact.id),
    });
    expect(contactAfter?.firstName).toBe(theirs.contact.firstName);
    const links = await t.db.query.contactAccounts.findMany({
      where: (l, { eq }) => eq(l.contactId, theirs.contact.id),
    });
    expect(links).toHaveLength(1);
    const account = await t.db.query.accounts.findFirst({
      where: (a, { eq }) => eq(a.id, theirs.account.id),
    });
    expect(account?.name).toBe(theirs.account.name);
    const inbound = await t.db.query.inboundContacts.findFirst({
      where: (i, { eq }) => eq(i.id, theirs.inboundContact.id),
    });
    expect(inbound).toBeDefined();
    const provider = await t.db.query.ssoProviders.findFirst({
      where: (p, { eq }) => eq(p.id, theirs.ssoProvider.id),
    });
    expect(provider?.displayName).toBe('Their IdP');
    expect(new Set(checked).size).toBe(routes.length);
  });
});
