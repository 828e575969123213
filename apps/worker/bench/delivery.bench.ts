/**
 * Delivery throughput: nodemailer alone against a local SMTP sink, then the worker (outbox relay,
 * BullMQ, claim, render, send, mark) against the same sink, for the same number of emails of the
 * same size (the default invitation, a fresh token in each). The ratio is what the pipeline costs
 * on top of sending. Target: the worker reaches at least half of nodemailer's raw rate.
 *
 *   pnpm --filter @portico/worker exec tsx bench/delivery.bench.ts        (BENCH_EMAILS=5000)
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or DATABASE_URL, else 127.0.0.1:5432) and Redis (REDIS_URL).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createDb, defaultTemplates, schema } from '@portico/db';
import { createTestDatabase, ensureTemplateDatabase, makeOrganization } from '@portico/db/testing';
import { createMailTransport, renderTemplate } from '@portico/email';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config';
import { startWorker } from '../src/worker';

const emails = Number(process.env.BENCH_EMAILS ?? 5000);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The counting SMTP sink in its own process (counting-sink.ts), driven over IPC. */
async function countingSink() {
  const child = fork(fileURLToPath(new URL('./counting-sink.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(key: string) =>
    new Promise<T>((resolve) => {
      const on = (message: Record<string, T>) => {
        if (!(key in message)) return;
        child.off('message', on);
        resolve(message[key] as T);
      };
      child.on('message', on);
    });
  const port = await next<number>('port');
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: () => {
      const answer = next<number>('count');
      child.send({ count: true });
      return answer;
    },
    until: (target: number) => {
      const answer = next<number>('reached');
      child.send({ until: target });
      return answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.send({ close: true });
      }),
  };
}

async function main() {
  await ensureTemplateDatabase();
  const database = await createTestDatabase();
  const handle = createDb(database.url, { max: 10 });
  const sink = await countingSink();
  const prefix = `bench:${randomBytes(4).toString('hex')}`;
  try {
    // 1. nodemailer alone: the same pooled transport and connection count the worker uses.
    const config = loadConfig({
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      SMTP_URL: sink.url,
      PORTAL_URL: 'https://portal.example.test',
      UNSUBSCRIBE_SECRET: randomBytes(32).toString('base64url'),
      LOG_LEVEL: 'warn',
    });
    const transport = createMailTransport(sink.url, { maxConnections: config.smtpMaxConnections });
    const expiryDate = new Date(Date.now() + 3 * 86_400_000).toDateString();
    let started = performance.now();
    await Promise.all(
      Array.from({ length: emails }, (_, i) => {
        const email = renderTemplate(defaultTemplates.invitation, {
          contactFirstName: 'Bench',
          contactLastName: '',
          organizationName: 'Bench Org',
          inviteUrl: `https://portal.example.test/accept?token=${randomBytes(32).toString('base64url')}`,
          expiryDate,
        });
        return transport.sendMail({
          from: { name: 'Bench Org', address: 'bench@example.test' },
          to: `raw-${i}@example.test`,
          subject: email.subject,
          text: email.text,
          html: email.html,
        });
      }),
    );
    const rawRate = emails / ((performance.now() - started) / 1000);
    transport.close();

    // 2. The worker, from outbox rows already written (as a bulk invite leaves them).
    const org = await makeOrganization(handle.db, { name: 'Bench Org' });
    const expiresAt = new Date(Date.now() + 3 * 86_400_000);
    for (let offset = 0; offset < emails; offset += 1000) {
      const n = Math.min(1000, emails - offset);
      const contacts = await handle.db
        .insert(schema.contacts)
        .values(
          Array.from({ length: n }, (_, i) => ({
            orgId: org.id,
            firstName: 'Bench',
            email: `w-${offset + i}@example.test`,
          })),
        )
        .returning({ id: schema.contacts.id });
      const invitations = await handle.db
        .insert(schema.invitations)
        .values(contacts.map((c) => ({ orgId: org.id, contactId: c.id, expiresAt })))
        .returning({ id: schema.invitations.id });
      await handle.db.insert(schema.outbox).values(
        invitations.map((inv) => ({
          orgId: org.id,
          job: 'invitation.send',
          payload: { invitationId: inv.id },
        })),
      );
    }
    const before = await sink.count();
    started = performance.now();
    const worker = await startWorker(config);
    await sink.until(before + emails);
    const workerRate = emails / ((performance.now() - started) / 1000);
    await worker.stop();

    const ratio = workerRate / rawRate;
    console.log(
      JSON.stringify({
        emails,
        nodemailerPerSecond: Math.round(rawRate),
        workerPerSecond: Math.round(workerRate),
        ratio: Number(ratio.toFixed(2)),
        target: 0.5,
        ok: ratio >= 0.5,
      }),
    );
    process.exitCode = ratio >= 0.5 ? 0 : 1;
  } finally {
    await sink.close();
    await handle.close();
    await database.drop();
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  }
}

await main();
