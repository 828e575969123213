import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type Db, type DbHandle, hashToken, type PortalLinkPurpose, schema } from '@portico/db';
import {
  createTestDatabase,
  makeEnrolledContact,
  makeOrganization,
  type TestDatabase,
} from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import {
  claimPortalLinkSend,
  failPortalLinkSend,
  markPortalLinkSent,
  portalLinkEmail,
  releasePortalLinkSend,
} from './link-delivery';
import { checkPortalLink, PORTAL_LINK_TTL_MS, requestPortalLinks } from './portal-links';

const { contacts, invitationEvents, notificationTemplates, outbox, portalLinks } = schema;
const portalUrl = 'https://portal.example.test';

let database: TestDatabase;
let handle: DbHandle;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 4 });
  db = handle.db;
});

afterAll(async () => {
  await handle?.close();
  await database?.drop();
});

/** An enrolled contact who asked for a link: the queued link and its outbox row. */
async function requested(
  purpose: PortalLinkPurpose,
  orgOverrides: Parameters<typeof makeOrganization>[1] = {},
) {
  const org = await makeOrganization(db, { name: 'Acme Lifts', ...orgOverrides });
  const contact = await makeEnrolledContact(db, org.id, { firstName: 'Dana' });
  await db.transaction((tx) => requestPortalLinks(tx, contact.email as string, purpose));
  const [link] = await db.select().from(portalLinks).where(eq(portalLinks.contactId, contact.id));
  if (!link) throw new Error('no link queued');
  return { org, contact, link };
}

async function linkRow(id: string) {
  const [row] = await db.select().from(portalLinks).where(eq(portalLinks.id, id));
  if (!row) throw new Error('link not found');
  return row;
}

describe('claimPortalLinkSend', () => {
  it('claims once, minting a token whose hash is stored, with the expiry counted from the claim', async () => {
    const { org, contact, link } = await requested('magic_link', { defaultEmailFrom: 'office@acme.test' });
    expect(link).toMatchObject({ deliveryState: 'queued', tokenHash: null, expiresAt: null });
    const now = new Date(Date.now() + 5 * 60_000);

    const claim = await claimPortalLinkSend(db, link.id, now);
    expect(claim).toMatchObject({
      linkId: link.id,
      orgId: org.id,
      contactId: contact.id,
      purpose: 'magic_link',
      to: contact.email,
      contactFirstName: 'Dana',
      organizationName: 'Acme Lifts',
      defaultEmailFrom: 'office@acme.test',
      expiresAt: new Date(now.getTime() + PORTAL_LINK_TTL_MS.magic_link),
    });
    // No template of the organization's own: the built-in text.
    expect(claim?.template.subject).toBe('Your {{organizationName}} portal sign-in link');
    expect(await linkRow(link.id)).toMatchObject({
      deliveryState: 'sending',
      tokenHash: hashToken(claim?.token ?? ''),
      expiresAt: claim?.expiresAt,
    });
    // Nothing the outbox holds is worth stealing.
    const [job] = await db.select().from(outbox).where(eq(outbox.orgId, org.id));
    expect(job?.payload).toEqual({ linkId: link.id });

    expect(await claimPortalLinkSend(db, link.id)).toBeNull();
  });

  it("uses the organization's default template of the purpose's kind, and a reset link lasts an hour", async () => {
    const { org, link } = await requested('password_reset');
    await db.insert(notificationTemplates).values([
      {
        orgId: org.id,
        kind: 'password_reset',
        name: 'Ours',
        subject: 'New password for {{contactFirstName}}',
        htmlBody: '<p>{{resetUrl}}</p>',
        textBody: '{{resetUrl}}',
        isDefault: true,
      },
      {
        orgId: org.id,
        kind: 'magic_link',
        name: 'Other kind',
        subject: 'Not this one',
        htmlBody: '<p>{{signInUrl}}</p>',
        textBody: '{{signInUrl}}',
        isDefault: true,
      },
    ]);
    const now = new Date();
    const claim = await claimPortalLinkSend(db, link.id, now);
    expect(claim?.template.subject).toBe('New password for {{contactFirstName}}');
    expect(claim?.expiresAt).toEqual(new Date(now.getTime() + PORTAL_LINK_TTL_MS.password_reset));
  });

  it('claims nothing for a link already used, and fails for good when the contact lost its email', async () => {
    const used = await requested('magic_link');
    await db.update(portalLinks).set({ usedAt: new Date() }).where(eq(portalLinks.id, used.link.id));
    expect(await claimPortalLinkSend(db, used.link.id)).toBeNull();
    expect((await linkRow(used.link.id)).deliveryState).toBe('queued');

    const lost = await requested('password_reset');
    await db.update(contacts).set({ email: null }).where(eq(contacts.id, lost.contact.id));
    expect(await claimPortalLinkSend(db, lost.link.id)).toBeNull();
    expect(await linkRow(lost.link.id)).toMatchObject({
      deliveryState: 'failed',
      tokenHash: null,
      expiresAt: null,
    });
  });
});

describe('portalLinkEmail', () => {
  it('builds each link on the configured portal URL, under the variable its template uses', async () => {
    const magic = await requested('magic_link');
    const signIn = await claimPortalLinkSend(db, magic.link.id);
    if (!signIn) throw new Error('not claimed');
    expect(portalLinkEmail(signIn, `${portalUrl}/`)).toMatchObject({
      to: magic.contact.email,
      from: null,
      organizationName: 'Acme Lifts',
      values: {
        contactFirstName: 'Dana',
        organizationName: 'Acme Lifts',
        signInUrl: `${portalUrl}/sign-in/link?token=${signIn.token}`,
      },
    });

    const reset = await requested('password_reset');
    const resetClaim = await claimPortalLinkSend(db, reset.link.id);
    if (!resetClaim) throw new Error('not claimed');
    expect(portalLinkEmail(resetClaim, portalUrl).values).toEqual({
      contactFirstName: 'Dana',
      organizationName: 'Acme Lifts',
      resetUrl: `${portalUrl}/reset-password?token=${resetClaim.token}`,
    });
  });
});

describe('after the attempt', () => {
  it('marks sent once; the link then checks as valid', async () => {
    const { link } = await requested('magic_link');
    const claim = await claimPortalLinkSend(db, link.id);
    expect(await markPortalLinkSent(db, link.id)).toBe(true);
    expect(await markPortalLinkSent(db, link.id)).toBe(false);
    expect((await linkRow(link.id)).deliveryState).toBe('sent');
    await expect(checkPortalLink(db, claim?.token ?? '')).resolves.toMatchObject({
      purpose: 'magic_link',
      state: 'valid',
    });
  });

  it('releases for a retry, dropping the undelivered token, whose retry mints another', async () => {
    const { link } = await requested('magic_link');
    const first = await claimPortalLinkSend(db, link.id);
    expect(await releasePortalLinkSend(db, link.id)).toBe(true);
    expect(await linkRow(link.id)).toMatchObject({
      deliveryState: 'queued',
      tokenHash: null,
      expiresAt: null,
    });
    await expect(checkPortalLink(db, first?.token ?? '')).rejects.toBeInstanceOf(NotFoundError);

    const second = await claimPortalLinkSend(db, link.id);
    expect(second?.token).not.toBe(first?.token);
    expect((await linkRow(link.id)).tokenHash).toBe(hashToken(second?.token ?? ''));
  });

  it('fails for good with an email_failed event, and cannot be claimed after', async () => {
    const { contact, link } = await requested('password_reset');
    await claimPortalLinkSend(db, link.id);
    expect(await failPortalLinkSend(db, link.id, '550 No such mailbox')).toBe(true);
    expect(await failPortalLinkSend(db, link.id, 'again')).toBe(false);
    expect(await linkRow(link.id)).toMatchObject({
      deliveryState: 'failed',
      tokenHash: null,
      expiresAt: null,
    });
    const events = await db
      .select()
      .from(invitationEvents)
      .where(and(eq(invitationEvents.contactId, contact.id), eq(invitationEvents.type, 'email_failed')));
    expect(events.map((e) => e.detail)).toEqual([{ reason: '550 No such mailbox', email: 'password_reset' }]);
    expect(await claimPortalLinkSend(db, link.id)).toBeNull();
  });
});
