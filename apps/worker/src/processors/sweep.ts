import {
  expireInvitation,
  overdueInvitationIds,
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

/** The periodic safety nets behind the delayed and outbox-driven jobs. */
export async function runSweep(deps: ProcessorDeps, name: SweepJobName): Promise<Record<string, number>> {
  switch (name) {
    case 'sweep.expiry':
      return expireOverdue(deps);
    case 'sweep.reconcile-sends': {
      const result = await reconcileStuckSends(deps.db, new Date(Date.now() - deps.config.stuckSendMs));
      if (result.resumed + result.rekicked > 0) deps.log.warn(result, 'reconciled stuck invitation sends');
      return { ...result };
    }
    case 'sweep.reminders':
      return { queued: await scheduleDueReminders(deps.db) };
  }
}
