import { beforeAll, describe, expect, it } from '@jest/globals';
import {
  checkPortalLink,
  completePasswordReset,
  GoneError,
  jobIdOf,
  PORTAL_LINK_TTL_MS,
  requestPortalLinks,
  signInWithMagicLink,
} from '@portico/core';
import { hashToken, type PortalLinkPurpose, schema, verifyPassword } from '@portico/db';
import { makeEnrolledContact, makeOrganization } from '@portico/db/testing';
import { and, eq } from 'drizzle-orm';
import { pino } from 'pino';
import { redisContents } from '../test/redis-contents';
import type { CapturedEmail } from '../test/smtp-sink';
import { waitFor } from '../test/wait-for';
import { emailTo, jobResult, PORTAL_URL, useWorkerHarness } from '../test/worker-harness';
import { startWorker } from './worker';

const { invitationEvents, outbox, portalIdentities, portalLinks } = schema;

const linkPaths: Record<PortalLinkPurpose, string> = {
  magic_link: '/sign-in/link',
  password_reset: '/reset-password',
};

/** The token of the link an email carries, checked to be the same in its text and HTML parts. */
function linkTokenIn(email: CapturedEmail, purpose: PortalLinkPurpose): string {
  const pattern = new RegExp(`${PORTAL_URL}${linkPaths[purpose]}\\?token=([A-Za-z0-9_-]+)`);
  const token = pattern.exec(email.text)?.[1];
  if (!token) throw new Error(`no ${purpose} link in: ${email.text}`);
  expect(email.html).toContain(`href="${PORTAL_URL}${linkPaths[purpose]}?token=${token}"`);
  return token;
}

describe('portal link emails', () => {
  const h = useWorkerHarness({ start: false });
  /** Every line the worker logs, at every level. */
  const logLines: string[] = [];

  beforeAll(async () => {
    const log = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
    h.worker = await startWorker(h.config, log);
  });

  async function request(
    purpose: PortalLinkPurpose,
    orgOverrides: Parameters<typeof makeOrganization>[1] = {},
  ) {
    const org = await makeOrganization(h.db, orgOverrides);
    const contact = await makeEnrolledContact(h.db, org.id, { firstName: 'Dana' });
    const address = contact.email as string;
    expect(await h.db.transaction((tx) => requestPortalLinks(tx, address, purpose))).toBe(1);
    const [link] = await h.db.select().from(portalLinks).where(eq(portalLinks.contactId, contact.id));
    if (!link) throw new Error('no link queued');
    return { org, contact, address, link };
  }

  async function linkRow(id: string) {
    const [row] = await h.db.select().from(portalLinks).where(eq(portalLinks.id, id));
    if (!row) throw new Error('link not found');
    return row;
  }

  /** Neither the worker's logs, nor the outbox, nor anything in Redis ever holds the token. */
  async function expectTokenNowhereButTheEmail(token: string, linkId: string) {
    expect(logLines.join('')).not.toContain(token);
    const rows = await h.db.select().from(outbox);
    expect(JSON.stringify(rows)).not.toContain(token);
    const redis = await redisContents(h.config.redisUrl, h.config.redisPrefix);
    // The job is there (so the search reads what BullMQ keeps); its token is not.
    expect(redis).toContain(linkId);
    expect(redis).not.toContain(token);
  }

  it('emails a sign-in link that checks as valid any number of times and signs in once', async () => {
    const { org, contact, address, link } = await request('magic_link', {
      name: 'Acme Fire & Safety',
      defaultEmailFrom: 'office@acme.test',
    });
    const requestedAt = Date.now();

    const [email] = await emailTo(h.sink, address);
    if (!email) throw new Error('no email');
    expect(email.subject).toBe('Your Acme Fire & Safety portal sign-in link');
    expect(email.headers.get('from')).toContain('office@acme.test');
    expect(email.text).toContain('Hello Dana,');
    const token = linkTokenIn(email, 'magic_link');

    const sent = await waitFor(async () => {
      const row = await linkRow(link.id);
      return row.deliveryState === 'sent' && row;
    }, 'the link to be marked sent');
    expect(sent.tokenHash).toBe(hashToken(token));
    const ttl = (sent.expiresAt?.getTime() ?? 0) - requestedAt;
    expect(ttl).toBeGreaterThan(PORTAL_LINK_TTL_MS.magic_link - 30_000);
    expect(ttl).toBeLessThanOrEqual(PORTAL_LINK_TTL_MS.magic_link + 30_000);

    // Mail scanners and the page itself may check it as often as they like...
    for (let i = 0; i < 3; i++) {
      await expect(checkPortalLink(h.db, token)).resolves.toMatchObject({
        purpose: 'magic_link',
        state: 'valid',
      });
    }
    // ...but only one POST signs in.
    const signedIn = await h.db.transaction((tx) => signInWithMagicLink(tx, token));
    expect(signedIn).toMatchObject({ id: contact.id, orgId: org.id });
    await expect(h.db.transaction((tx) => signInWithMagicLink(tx, token))).rejects.toBeInstanceOf(GoneError);
    await expect(checkPortalLink(h.db, token)).resolves.toMatchObject({ state: 'used' });

    const [row] = await h.db.select().from(outbox).where(eq(outbox.orgId, org.id));
    expect(row).toMatchObject({ job: 'portalLink.send', payload: { linkId: link.id } });
    expect(await jobResult(h.worker.queues.email, jobIdOf(row?.id ?? 0))).toEqual({
      sent: true,
      messageId: email.messageId,
    });
    expect(h.sink.to(address)).toHaveLength(1);
    expect(logLines.some((line) => line.includes(link.id))).toBe(true);
    await expectTokenNowhereButTheEmail(token, link.id);
  });

  it('emails a reset link whose token sets a new password, once', async () => {
    const { contact, address, link } = await request('password_reset', { name: 'Harbour Lifts' });
    const [email] = await emailTo(h.sink, address);
    if (!email) throw new Error('no email');
    expect(email.subject).toBe('Reset your Harbour Lifts portal password');
    const token = linkTokenIn(email, 'password_reset');
    await waitFor(
      async () => (await linkRow(link.id)).deliveryState === 'sent',
      'the link to be marked sent',
    );

    await expect(checkPortalLink(h.db, token)).resolves.toMatchObject({
      purpose: 'password_reset',
      state: 'valid',
    });
    // A reset link does not sign in by itself.
    await expect(h.db.transaction((tx) => signInWithMagicLink(tx, token))).rejects.toBeInstanceOf(GoneError);
    const password = 'a-new-harbour-password';
    await expect(h.db.transaction((tx) => completePasswordReset(tx, token, password))).resolves.toMatchObject(
      {
        id: contact.id,
      },
    );
    const [identity] = await h.db
      .select({ passwordHash: portalIdentities.passwordHash })
      .from(portalIdentities)
      .where(eq(portalIdentities.contactId, contact.id));
    expect(await verifyPassword(identity?.passwordHash ?? '', password)).toBe(true);
    await expect(
      h.db.transaction((tx) => completePasswordReset(tx, token, 'another-new-password')),
    ).rejects.toBeInstanceOf(GoneError);
    await expectTokenNowhereButTheEmail(token, link.id);
  });

  it('retries a refusing server with backoff, then fails the link for good with an event', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeEnrolledContact(h.db, org.id);
    const address = (contact.email as string).toLowerCase();
    h.sink.rejections.set(address, { code: 451, message: 'Mailbox temporarily unavailable' });
    try {
      await h.db.transaction((tx) => requestPortalLinks(tx, address, 'magic_link'));
      const [link] = await h.db.select().from(portalLinks).where(eq(portalLinks.contactId, contact.id));
      const failed = await waitFor(async () => {
        const row = await linkRow(link?.id ?? '');
        return row.deliveryState === 'failed' && row;
      }, 'the link send to fail for good');
      expect(failed).toMatchObject({ tokenHash: null, expiresAt: null });
      expect(h.sink.attempts.filter((a) => a === address)).toHaveLength(h.config.emailAttempts);
      const events = await h.db
        .select()
        .from(invitationEvents)
        .where(and(eq(invitationEvents.contactId, contact.id), eq(invitationEvents.type, 'email_failed')));
      expect(events).toHaveLength(1);
      expect(events[0]?.detail).toMatchObject({ email: 'magic_link' });
      expect(String(events[0]?.detail.reason)).toContain('Mailbox temporarily unavailable');
    } finally {
      h.sink.rejections.delete(address);
    }
  });

  it('gives up at once on a permanent (5xx) refusal', async () => {
    const org = await makeOrganization(h.db);
    const contact = await makeEnrolledContact(h.db, org.id);
    const address = (contact.email as string).toLowerCase();
    h.sink.rejections.set(address, { code: 550, message: 'No such mailbox' });
    try {
      await h.db.transaction((tx) => requestPortalLinks(tx, address, 'password_reset'));
      const [link] = await h.db.select().from(portalLinks).where(eq(portalLinks.contactId, contact.id));
      await waitFor(
        async () => (await linkRow(link?.id ?? '')).deliveryState === 'failed',
        'the link send to fail',
      );
      expect(h.sink.attempts.filter((a) => a === address)).toHaveLength(1);
    } finally {
      h.sink.rejections.delete(address);
    }
  });
});
