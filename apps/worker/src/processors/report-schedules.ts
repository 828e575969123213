import {
  activeReportSchedule,
  evaluateAlertRules,
  fireReportSchedule,
  type ScheduleFireOutcome,
} from '@portico/core';
import type { Job } from 'bullmq';
import {
  type ReportsQueue,
  removeScheduleScheduler,
  upsertScheduleScheduler,
} from '../queues/report-schedulers';
import type { ProcessorDeps } from './deps';
import { scheduleIdOf } from './job-payload';

/** `reportSchedule.sync`: make Redis's scheduler match the row (created, edited, paused, deleted). */
export async function syncReportSchedule(
  deps: ProcessorDeps,
  queue: ReportsQueue,
  data: unknown,
): Promise<{ registered: boolean }> {
  const scheduleId = scheduleIdOf(data);
  const schedule = await activeReportSchedule(deps.db, scheduleId);
  if (!schedule) {
    await removeScheduleScheduler(queue, scheduleId);
    return { registered: false };
  }
  await upsertScheduleScheduler(queue, schedule);
  return { registered: true };
}

/**
 * `reportSchedule.fire`, created by the schedule's job scheduler: queue this period's run. The
 * period comes from the time the scheduler meant the job for, not from when it ran, so a job
 * delayed past midnight still counts for its own day.
 */
export async function fireReportScheduleJob(deps: ProcessorDeps, job: Job): Promise<ScheduleFireOutcome> {
  const scheduleId = scheduleIdOf(job.data);
  const fireAt = new Date(job.opts.prevMillis ?? job.timestamp);
  const outcome = await fireReportSchedule(deps.db, scheduleId, fireAt);
  if (outcome.queued) deps.log.info({ scheduleId, runId: outcome.runId }, 'scheduled report queued');
  return outcome;
}

export async function evaluateAlertsJob(deps: ProcessorDeps) {
  const result = await evaluateAlertRules(deps.db, new Date());
  if (result.fired > 0) deps.log.info(result, 'report alerts fired');
  return result;
}
