import {
  createDailyDigests,
  createInvoiceReminders,
  expireInvitation,
  overdueInvitationIds,
  pruneRelayedOutbox,
  reconcileDocumentNotices,
  reconcileMessageNotices,
  reconcileReportRuns,
  reconcileStuckSends,
  scheduleDueReminders,
} from '@portico/core';
import type { SweepJobName } from '../queues/lifecycle';
import type { ProcessorDeps } from './deps';

/** Per round and rounds per run: a sweep never holds a worker slot for long; the next run goes on. */
const EXPIRY_CHUNK = 500;
const EXPIRY_ROUNDS = 10;

async function expireOverdue(deps: ProcessorDeps): Promise<{ expired: number }> {
  let expired = 0;
  for (let round = 0; round < EXPIRY_ROUNDS; round++) {
    const ids = await overdueInvitationIds(deps.db, new Date(), EXPIRY_CHUNK);
    for (const id of ids) {
      if (await deps.db.transaction((tx) => expireInvitation(tx, id))) expired++;
    }
    if (ids.length < EXPIRY_CHUNK) break;
  }
  return { expired };
}

/**
 * Relayed outbox rows are kept a week: as long as Redis keeps a failed job (queues/retention.ts),
 * so any job still there can be traced to the row, its organization and its time.
 */
const OUTBOX_RETENTION_MS = 7 * 24 * 3600 * 1000;
/**
 * 5000 rows a statement keeps each delete's locks and WAL burst small; 20 rounds (100k rows, a
 * few seconds) per hourly run outpace what even a 100k-contact batch a day writes (~200k rows).
 */
const PRUNE_BATCH = 5000;
const PRUNE_ROUNDS = 20;

async function pruneOutbox(deps: ProcessorDeps): Promise<{ deleted: number }> {
  const olderThan = new Date(Date.now() - OUTBOX_RETENTION_MS);
  let deleted = 0;
  for (let round = 0; round < PRUNE_ROUNDS; round++) {
    const n = await pruneRelayedOutbox(deps.db, olderThan, PRUNE_BATCH);
    deleted += n;
    if (n < PRUNE_BATCH) break;
  }
  return { deleted };
}

/** The periodic safety nets behind the delayed and outbox-driven jobs, and the outbox's upkeep. */
export async function runSweep(deps: ProcessorDeps, name: SweepJobName): Promise<Record<string, number>> {
  switch (name) {
    case 'sweep.expiry':
      return expireOverdue(deps);
    case 'sweep.reconcile-sends': {
      const olderThan = new Date(Date.now() - deps.config.stuckSendMs);
      const result = await reconcileStuckSends(deps.db, olderThan);
      if (result.resumed + result.rekicked > 0) deps.log.warn(result, 'reconciled stuck invitation sends');
      const notices = await reconcileDocumentNotices(deps.db, olderThan);
      if (notices.resumed + notices.digestsScheduled > 0)
        deps.log.warn(notices, 'reconciled document notices');
      const reportRuns = await reconcileReportRuns(deps.db, olderThan);
      if (reportRuns > 0) deps.log.warn({ reportRuns }, 'reconciled stuck report sends');
      const messageNotices = await reconcileMessageNotices(deps.db, olderThan);
      if (messageNotices > 0) deps.log.warn({ messageNotices }, 'reconciled stuck message notices');
      return {
        ...result,
        noticesResumed: notices.resumed,
        digestsScheduled: notices.digestsScheduled,
        reportRunsResumed: reportRuns,
        messageNoticesResumed: messageNotices,
      };
    }
    case 'sweep.reminders':
      return { queued: await scheduleDueReminders(deps.db) };
    case 'sweep.prune-outbox':
      return pruneOutbox(deps);
    case 'sweep.digests': {
      const digests = await createDailyDigests(deps.db);
      if (digests.digests > 0) deps.log.info(digests, 'daily digests queued');
      return digests;
    }
    case 'sweep.invoice-reminders': {
      const reminders = await createInvoiceReminders(deps.db);
      if (reminders.reminders > 0) deps.log.info(reminders, 'invoice reminders queued');
      return { ...reminders };
    }
  }
}
