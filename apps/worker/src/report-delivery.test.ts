import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import {
  createAlertRule,
  createReportSchedule,
  type OfficeContext,
  setReportSchedulePaused,
} from '@portico/core';
import { schema } from '@portico/db';
import {
  makeAccount,
  makeContact,
  makeEnrolledContact,
  makeOfficeUser,
  makeOrganization,
} from '@portico/db/testing';
import { eq } from 'drizzle-orm';
import { waitFor } from '../test/wait-for';
import { emailTo, jobResult, useWorkerHarness } from '../test/worker-harness';
import { scheduleSchedulerId } from './queues/report-schedulers';

const { alertFirings, reportRuns } = schema;

describe('scheduled exports and alerts, through the worker', () => {
  const h = useWorkerHarness();

  async function office() {
    const org = await makeOrganization(h.db, { name: `Acme ${randomBytes(3).toString('hex')}` });
    const user = await makeOfficeUser(h.db, org.id);
    const ctx: OfficeContext = {
      orgId: org.id,
      actor: { type: 'office_user', id: user.id },
      permissions: [],
    };
    return { org, ctx };
  }

  const schedulers = () => h.worker.queues.reports;

  it('registers the cron scheduler, fires in test time, emails the CSV attached once per period', async () => {
    const { org, ctx } = await office();
    const ash = await makeAccount(h.db, org.id, { name: 'Ash' });
    await makeEnrolledContact(h.db, org.id, { accountId: ash.id });
    await makeAccount(h.db, org.id, { name: 'Birch' });
    const recipient = `ops-${randomBytes(3).toString('hex')}@example.test`;
    const schedule = await createReportSchedule(h.db, ctx, {
      name: 'Morning adoption',
      report: 'adoption',
      format: 'csv',
      recipients: [recipient],
      frequency: 'weekly',
      time: '07:15',
      weekday: 3,
      monthday: null,
      timezone: 'America/Chicago',
    });

    // The outbox's sync job registered the schedule's cron in its zone.
    const id = scheduleSchedulerId(schedule.id);
    const registered = await waitFor(() => schedulers().getJobScheduler(id), 'the schedule to be registered');
    expect(registered).toMatchObject({ pattern: '15 7 * * 3', tz: 'America/Chicago' });

    // Test time: the same scheduler, every 200 ms instead of Wednesdays at 07:15.
    await schedulers().upsertJobScheduler(
      id,
      { every: 200 },
      { name: 'reportSchedule.fire', data: { scheduleId: schedule.id } },
    );
    const [email] = await emailTo(h.sink, recipient);
    if (!email) throw new Error('no email');
    expect(email.subject).toBe('Morning adoption: Portal adoption report');
    const [attachment] = email.attachments;
    expect(attachment?.filename).toBe(`portal-adoption-${new Date().toISOString().slice(0, 10)}.csv`);
    expect(attachment?.contentType).toBe('text/csv');
    const lines = attachment?.content
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toEqual([
      'Customer,Active,Contacts,Emails with access,Has access',
      'Ash,yes,1,1,yes',
      'Birch,yes,0,0,no',
    ]);

    // Several more fires in the same local week: still one run and one email.
    await sleep(1200);
    const runs = await h.db.select().from(reportRuns).where(eq(reportRuns.scheduleId, schedule.id));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'schedule', status: 'sent', attempts: 1 });
    expect(runs[0]?.periodKey).toMatch(/^\d{4}-W\d{2}$/);
    expect(h.sink.to(recipient)).toHaveLength(1);

    // Pausing removes the scheduler (through the outbox again).
    await setReportSchedulePaused(h.db, ctx, schedule.id, true);
    await waitFor(async () => (await schedulers().getJobScheduler(id)) === undefined, 'the scheduler to go');
  });

  it('fires an alert once in its period, with the export attached, and records the firing', async () => {
    const { org, ctx } = await office();
    const account = await makeAccount(h.db, org.id);
    await makeContact(h.db, org.id, { accountId: account.id, inviteStatus: 'invited' });
    await makeContact(h.db, org.id, { accountId: account.id, inviteStatus: 'invited' });
    const recipient = `alerts-${randomBytes(3).toString('hex')}@example.test`;
    const rule = await createAlertRule(h.db, ctx, {
      name: 'Invites piling up',
      metric: 'pending_invites',
      comparator: 'gt',
      threshold: 1,
      period: 'daily',
      report: 'adoption',
      table: 'summary',
      format: 'pdf',
      recipients: [recipient],
    });
    // A rule that does not hold sends nothing.
    await createAlertRule(h.db, ctx, {
      ...rule,
      table: 'summary',
      name: 'Quiet',
      threshold: 5,
      recipients: ['quiet@example.test'],
    });

    const evaluate = async () => {
      const jobId = `test-alerts-${randomBytes(4).toString('hex')}`;
      await h.worker.queues.reports.add('reportAlerts.evaluate', {}, { jobId });
      return jobResult(h.worker.queues.reports, jobId, 'alert evaluation');
    };
    expect(await evaluate()).toMatchObject({ fired: 1 });
    expect(await evaluate()).toMatchObject({ fired: 0 });

    const [email] = await emailTo(h.sink, recipient);
    expect(email?.attachments[0]?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const firings = await h.db.select().from(alertFirings).where(eq(alertFirings.ruleId, rule.id));
    expect(firings).toHaveLength(1);
    expect(firings[0]).toMatchObject({ value: 2, periodKey: new Date().toISOString().slice(0, 10) });
    await sleep(300);
    expect(h.sink.to(recipient)).toHaveLength(1);
    expect(h.sink.to('quiet@example.test')).toHaveLength(0);
  });
});
