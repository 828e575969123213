import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  claimReportRun,
  failReportRun,
  markReportRunSent,
  releaseReportRun,
  specOfTarget,
  startReportExport,
} from '@portico/core';
import { escapeHtml } from '@portico/email';
import { type Job, UnrecoverableError } from 'bullmq';
import { sendRenderedEmail } from '../mail';
import type { EmailJobData, EmailJobName } from '../queues/email';
import type { ProcessorDeps } from './deps';
import { describeSendError, shouldRetry } from './email-failure';
import { runIdOf } from './job-payload';

export type ReportRunOutcome = { sent: true; messageId: string; rows: number } | { sent: false };

const reportTitles = { adoption: 'Portal adoption report', usage: 'Portal usage report' } as const;

/**
 * Writes the export to a temporary file (rows stream from the cursor to disk, so a large export
 * never sits in memory) and returns its path and name; the caller removes the folder.
 */
async function exportToFile(
  deps: ProcessorDeps,
  run: Parameters<typeof specOfTarget>[0] & { orgId: string },
) {
  const dir = await mkdtemp(join(tmpdir(), 'portico-report-'));
  const out = createWriteStream(join(dir, 'export'));
  const started = await startReportExport(deps.db, { orgId: run.orgId }, specOfTarget(run), out);
  const stats = await started.done;
  return {
    dir,
    path: join(dir, 'export'),
    filename: started.filename,
    contentType: started.contentType,
    stats,
  };
}

/**
 * `reportRun.send`: claim the run (queued -> sending), build its export, email it attached to
 * every recipient at once (one message, the recipients in To, as the office asked), mark it sent.
 * SMTP failures go back to BullMQ's retry; the last one, or a 5xx, marks the run failed. An export
 * that cannot be built (the organization is gone, say) fails the run at once.
 */
export async function sendReportRun(
  deps: ProcessorDeps,
  job: Job<EmailJobData, unknown, EmailJobName>,
): Promise<ReportRunOutcome> {
  const runId = runIdOf(job.data);
  const claim = await claimReportRun(deps.db, runId);
  if (!claim) return { sent: false };
  const { run } = claim;

  let file: Awaited<ReturnType<typeof exportToFile>> | undefined;
  try {
    try {
      file = await exportToFile(deps, run);
    } catch (error) {
      const reason = `the export could not be built: ${describeSendError(error)}`;
      await failReportRun(deps.db, runId, reason);
      throw new UnrecoverableError(reason);
    }
    const title = reportTitles[run.report];
    const text = `${run.name}\n\n${title}, attached as ${file.filename}.\n\nSent by ${claim.organizationName} through Portico.`;
    const html = `<p><strong>${escapeHtml(run.name)}</strong></p><p>${escapeHtml(title)}, attached as ${escapeHtml(file.filename)}.</p><p>Sent by ${escapeHtml(claim.organizationName)} through Portico.</p>`;
    let messageId: string;
    try {
      messageId = await sendRenderedEmail(
        deps.transport,
        { to: run.recipients.join(', '), from: claim.from, organizationName: claim.organizationName },
        { subject: `${run.name}: ${title}`, text, html },
        deps.config.emailFrom,
        [{ filename: file.filename, path: file.path, contentType: file.contentType }],
      );
    } catch (error) {
      const reason = describeSendError(error);
      if (shouldRetry(job, error)) {
        await releaseReportRun(deps.db, runId, reason);
        throw error;
      }
      await failReportRun(deps.db, runId, reason);
      throw new UnrecoverableError(reason);
    }
    await markReportRunSent(deps.db, runId);
    deps.log.info({ runId, messageId, rows: file.stats.rows }, 'report export sent');
    return { sent: true, messageId, rows: file.stats.rows };
  } finally {
    if (file) await rm(file.dir, { recursive: true, force: true });
  }
}
