import { describe, expect, it } from '@jest/globals';
import { hashLetterCode, normalizeLetterCode, scheduleDueReminders } from '@portico/core';
import { schema } from '@portico/db';
import { makeAccount, makeBuilding, makeContact, makeOrganization } from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import request from 'supertest';
import { pdfPageCount, pdfTexts } from '../../../test/pdf-text';
import { expectProblem } from '../../../test/problem';
import { signedInOrg, useTestApp } from '../../../test/test-app';

// Every test here redeems from 127.0.0.1: a roomy per-IP limit, a tight per-code-prefix one.
const t = useTestApp({ SIGN_IN_LIMIT_PER_IP: '500', SIGN_IN_LIMIT_PER_ACCOUNT: '5' });
const CODE = /\b[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}\b/g;

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
const printOne = (auth: string, contactId: string) =>
  request(t.app.server)
    .post(`/api/v1/contacts/${contactId}/invitation-letter`)
    .set('authorization', auth)
    .buffer(true)
    .parse(binary);
const printMany = (auth: string, contactIds: string[]) =>
  request(t.app.server)
    .post('/api/v1/invitation-letters')
    .set('authorization', auth)
    .send({ contactIds })
    .buffer(true)
    .parse(binary);
const redeem = (code: string) =>
  request(t.app.server).post('/portal/v1/invitation-codes/redeem').send({ code });
const history = async (auth: string, contactId: string) =>
  (
    await request(t.app.server).get(`/api/v1/contacts/${contactId}/portal-history`).set('authorization', auth)
  ).body.map((e: { type: string }) => e.type);

function codesIn(res: request.Response): string[] {
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  expect(res.headers['cache-control']).toBe('private, no-store');
  const body = res.body as Buffer;
  expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfTexts(body).flatMap((text) => text.match(CODE) ?? []);
}

async function printedCode(auth: string, contactId: string): Promise<string> {
  const [code] = codesIn(await printOne(auth, contactId));
  if (!code) throw new Error('no code in the letter');
  return code;
}

describe('printing letters', () => {
  it('prints one page with the code, for a contact without an email, and stores only its hash', async () => {
    const { org, auth } = await signedInOrg(t);
    const account = await makeAccount(t.db, org.id, { name: 'Harbour Holdings' });
    const site = await makeBuilding(t.db, org.id, account.id, {
      addressLine1: '1 Quay St',
      city: 'Wellington',
    });
    const c = await makeContact(t.db, org.id, { email: null, firstName: 'Noor', buildingId: site.id });
    const res = await printOne(auth, c.id);
    const body = res.body as Buffer;
    expect(pdfPageCount(body)).toBe(1);
    const [text = ''] = pdfTexts(body);
    expect(text).toContain('Dear Noor,');
    expect(text).toContain('1 Quay St');
    const codes = codesIn(res);
    expect(codes).toHaveLength(1);
    expect(res.headers['x-letters-printed']).toBe('1');
    expect(JSON.parse(res.headers['x-letters-skipped'] as string)).toEqual([]);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="invitation-letter-noor-/);

    const [letter] = await t.db
      .select()
      .from(schema.invitationLetters)
      .where(eq(schema.invitationLetters.contactId, c.id));
    const code = codes[0] as string;
    expect(letter?.codeHash).toBe(hashLetterCode(normalizeLetterCode(code) as string));
    // Nothing stored holds the code itself, in any form.
    const stored = JSON.stringify(letter);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(code.replace(/-/g, ''));

    const [invitation] = await t.db
      .select()
      .from(schema.invitations)
      .where(eq(schema.invitations.contactId, c.id));
    expect(invitation).toMatchObject({ channel: 'letter', status: 'pending', deliveryState: 'sent' });
    // No email is queued for a letter; its expiry is.
    const jobs = (await t.db.select().from(schema.outbox)).filter(
      (j) => j.payload.invitationId === invitation?.id,
    );
    expect(jobs.map((j) => j.job)).toEqual(['invitation.expire']);
    expect(await history(auth, c.id)).toEqual(['invited', 'letter_printed']);
  });

  it('prints a batch as one PDF, a page per letter, listing who was left out', async () => {
    const { org, auth } = await signedInOrg(t);
    const other = await makeOrganization(t.db);
    const a = await makeContact(t.db, org.id);
    const b = await makeContact(t.db, org.id, { email: null });
    const c = await makeContact(t.db, org.id, { inviteStatus: 'expired' });
    const enrolled = await makeContact(t.db, org.id, { inviteStatus: 'enrolled' });
    const suspended = await makeContact(t.db, org.id, { suspended: true });
    const foreign = await makeContact(t.db, other.id);
    const res = await printMany(auth, [a.id, b.id, c.id, enrolled.id, suspended.id, foreign.id]);
    const codes = codesIn(res);
    expect(pdfPageCount(res.body as Buffer)).toBe(3);
    expect(new Set(codes).size).toBe(3);
    expect(res.headers['x-letters-printed']).toBe('3');
    const skipped = JSON.parse(res.headers['x-letters-skipped'] as string);
    expect(skipped).toEqual(
      expect.arrayContaining([
        { contactId: enrolled.id, reason: 'enrolled' },
        { contactId: suspended.id, reason: 'suspended' },
        { contactId: foreign.id, reason: 'not_found' },
      ]),
    );
    expect(skipped).toHaveLength(3);
    expect(await history(auth, c.id)).toEqual(['resent', 'letter_printed']);
    // The other organization's contact was not touched.
    const [untouched] = await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, foreign.id));
    expect(untouched?.inviteStatus).toBe('not_invited');
  });

  it('refuses what cannot be printed: 404 other organization, 409 enrolled, 422 suspended or none left', async () => {
    const { org, auth } = await signedInOrg(t);
    const other = await makeOrganization(t.db);
    const foreign = await makeContact(t.db, other.id);
    expectProblem(
      await request(t.app.server)
        .post(`/api/v1/contacts/${foreign.id}/invitation-letter`)
        .set('authorization', auth),
      404,
    );
    const enrolled = await makeContact(t.db, org.id, { inviteStatus: 'enrolled' });
    expectProblem(
      await request(t.app.server)
        .post(`/api/v1/contacts/${enrolled.id}/invitation-letter`)
        .set('authorization', auth),
      409,
    );
    const suspended = await makeContact(t.db, org.id, { suspended: true });
    expectProblem(
      await request(t.app.server)
        .post(`/api/v1/contacts/${suspended.id}/invitation-letter`)
        .set('authorization', auth),
      422,
    );
    expectProblem(
      await request(t.app.server)
        .post('/api/v1/invitation-letters')
        .set('authorization', auth)
        .send({ contactIds: [foreign.id] }),
      422,
    );
    const tooMany = Array.from({ length: 501 }, () => foreign.id);
    expectProblem(
      await request(t.app.server)
        .post('/api/v1/invitation-letters')
        .set('authorization', auth)
        .send({ contactIds: tooMany }),
      400,
    );
  });

  it('never sends a letter invitation an email reminder', async () => {
    const { org, auth } = await signedInOrg(t);
    await t.db
      .update(schema.organizations)
      .set({ remindersEnabled: true, reminderAfterDays: 1, reminderMaxCount: 3 })
      .where(eq(schema.organizations.id, org.id));
    const c = await makeContact(t.db, org.id);
    await printedCode(auth, c.id);
    const inAWeek = new Date(Date.now() + 7 * 86_400_000);
    await scheduleDueReminders(t.db, inAWeek);
    const reminders = (await t.db.select().from(schema.outbox)).filter(
      (j) => j.job === 'invitation.remind' && j.orgId === org.id,
    );
    expect(reminders).toEqual([]);
  });

  it('needs invitations.send', async () => {
    const { org, auth } = await signedInOrg(t, { permissions: ['contacts.write'] });
    const c = await makeContact(t.db, org.id);
    expectProblem(
      await request(t.app.server)
        .post(`/api/v1/contacts/${c.id}/invitation-letter`)
        .set('authorization', auth),
      403,
    );
    expectProblem(
      await request(t.app.server)
        .post('/api/v1/invitation-letters')
        .set('authorization', auth)
        .send({ contactIds: [c.id] }),
      403,
    );
    expectProblem(await request(t.app.server).post(`/api/v1/contacts/${c.id}/invitation-letter`), 401);
    expect(
      await t.db.select().from(schema.invitationLetters).where(eq(schema.invitationLetters.contactId, c.id)),
    ).toEqual([]);
  });
});

describe('redeeming a letter code', () => {
  it('signs a contact up exactly once, through the same accept flow as an emailed link', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id, { email: null, firstName: 'Ana' });
    const code = await printedCode(auth, c.id);
    // Typed loosely, as read off paper.
    const res = await redeem(` ${code.toLowerCase().replace(/-/g, ' ')} `);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { token } = res.body;

    const link = await request(t.app.server).get(`/portal/v1/invitations/${token}`);
    expect(link.body).toMatchObject({ state: 'valid', contact: { firstName: 'Ana' }, needsEmail: true });
    const accepted = await request(t.app.server)
      .post(`/portal/v1/invitations/${token}/accept`)
      .send({ password: 'a long and unusual passphrase 42', email: `ana-${c.id}@customer.test` });
    expect(accepted.status).toBe(200);
    const [contact] = await t.db.select().from(schema.contacts).where(eq(schema.contacts.id, c.id));
    expect(contact?.inviteStatus).toBe('enrolled');

    const again = await redeem(code);
    expectProblem(again, 404);
    expect(again.body.code).toBe('invalid_code');
    expect(await history(auth, c.id)).toEqual(['invited', 'letter_printed', 'code_redeemed', 'registered']);
  });

  it('gives one token when the same code is redeemed concurrently', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    const code = await printedCode(auth, c.id);
    const results = await Promise.all([redeem(code), redeem(code), redeem(code), redeem(code)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 404, 404, 404]);
    const [letter] = await t.db
      .select()
      .from(schema.invitationLetters)
      .where(eq(schema.invitationLetters.contactId, c.id));
    expect(letter?.usedAt).not.toBeNull();
    expect(letter?.attempts).toBe(4);
    expect((await history(auth, c.id)).filter((type: string) => type === 'code_redeemed')).toHaveLength(1);
  });

  it('refuses expired and replaced codes with the same answer as a wrong one', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    const expired = await printedCode(auth, c.id);
    const past = new Date(Date.now() - 60_000);
    await t.db
      .update(schema.invitationLetters)
      .set({ expiresAt: past })
      .where(eq(schema.invitationLetters.contactId, c.id));
    const wrong = await redeem('ZZZZ-ZZZZ-ZZZZ');
    const late = await redeem(expired);
    expectProblem(wrong, 404);
    expectProblem(late, 404);
    expect(late.body).toEqual(wrong.body);

    // A reprint replaces the letter: the first code stops working, the new one works.
    const d = await makeContact(t.db, org.id);
    const first = await printedCode(auth, d.id);
    const second = await printedCode(auth, d.id);
    expect((await redeem(first)).body).toEqual(wrong.body);
    expect((await redeem(second)).status).toBe(200);
    // The refused redemption of the replaced code rolled back: it is not marked used.
    const letters = await t.db
      .select()
      .from(schema.invitationLetters)
      .where(eq(schema.invitationLetters.contactId, d.id));
    expect(letters.filter((l) => l.usedAt !== null)).toHaveLength(1);
  });

  it('counts wrong attempts per code prefix and rate limits them', async () => {
    const { org, auth } = await signedInOrg(t);
    const c = await makeContact(t.db, org.id);
    const code = await printedCode(auth, c.id);
    const prefix = code.slice(0, 4);
    const guesses = ['0000-0000', '0000-0001', '0000-0002', '0000-0003', '0000-0004'].map(
      (rest) => `${prefix}-${rest}`,
    );
    for (const guess of guesses.filter((g) => g !== code)) expectProblem(await redeem(guess), 404);
    // The limit (5 per prefix here) is spent: even the right code waits now.
    const limited = await redeem(code);
    expectProblem(limited, 429);
    expect(limited.headers['retry-after']).toBeDefined();
    const [letter] = await t.db
      .select()
      .from(schema.invitationLetters)
      .where(eq(schema.invitationLetters.contactId, c.id));
    expect(letter?.usedAt).toBeNull();
  });

  it('rejects malformed codes as invalid input or an invalid code, never a 500', async () => {
    expectProblem(await redeem(''), 400);
    expectProblem(await redeem('x'.repeat(41)), 400);
    expectProblem(await redeem('not a code at all'), 404);
  });
});
