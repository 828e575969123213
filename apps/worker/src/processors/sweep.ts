import {
  createDailyDigests,
  createInvoiceReminders,
  expireInvitation,
  overdueInvitationIds,
  pruneRelayedOutbox,
  reconcileDocumentNotices,
  reconcileMessageNotices,
  reconcileReportRuns,
  scheduleDueReminders,
} from '@portico/core';
import type { Tx } from '@portico/db';
import type { EmailQueue } from '../queues/email';
import type { SweepJobName } from '../queues/lifecycle';
import { reconcileSends } from '../reconcile-sends';
import { withSweepLock } from '../sweep-lock';
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

/** Work left half-done by a crash, or whose job a Redis lost, taken up again. */
async function reconcile(deps: ProcessorDeps, tx: Tx, email: EmailQueue): Promise<Record<string, number>> {
  const olderThan = new Date(Date.now() - deps.config.stuckSendMs);
  const sends = await reconcileSends(
    tx,
    email,
    `${deps.config.redisPrefix}:reconcile-sends:cursor`,
    olderThan,
  );
  if (sends.resumed + sends.rekicked > 0)
    deps.log.warn({ resumed: sends.resumed, rekicked: sends.rekicked }, 'reconciled stuck invitation sends');
  const notices = await reconcileDocumentNotices(tx, olderThan);
  if (notices.resumed + notices.digestsScheduled > 0) deps.log.warn(notices, 'reconciled document notices');
  const reportRuns = await reconcileReportRuns(tx, olderThan);
  if (reportRuns > 0) deps.log.warn({ reportRuns }, 'reconciled stuck report sends');
  const messageNotices = await reconcileMessageNotices(tx, olderThan);
  if (messageNotices > 0) deps.log.warn({ messageNotices }, 'reconciled stuck message notices');
  return {
    ...sends,
    noticesResumed: notices.resumed,
    digestsScheduled: notices.digestsScheduled,
    reportRunsResumed: reportRuns,
    messageNoticesResumed: messageNotices,
  };
}

/** The periodic safety nets behind the delayed and outbox-driven jobs, and the outbox's upkeep. */
export async function runSweep(
  deps: ProcessorDeps,
  name: SweepJobName,
  email: EmailQueue,
): Promise<Record<string, number>> {
  switch (name) {
    case 'sweep.expiry':
      return expireOverdue(deps);
    case 'sweep.reconcile-sends':
      return (await withSweepLock(deps.db, name, (tx) => reconcile(deps, tx, email))) ?? { skipped: 1 };
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
