import { activeReportSchedules, cronPattern } from '@portico/core';
import type { Db, schema } from '@portico/db';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { WorkerConfig } from '../config';
import { completedJobRetention, failedJobRetention } from './retention';

/**
 * The queue of the reports' job schedulers: one per schedule (its cron in its time zone) and one
 * for the alerts' evaluation. Apart from the lifecycle sweeps, so each queue's schedulers stay
 * its own; no outbox job lands here.
 */
export const reportsQueueName = 'reports';

export type ReportsJobName = 'reportSchedule.fire' | 'reportAlerts.evaluate';
export type ReportsJobData = { scheduleId: string } | Record<string, never>;
/** Scheduler ids are not job names here (`report-schedule:<id>` fires `reportSchedule.fire`). */
export type ReportsQueue = Queue<ReportsJobData, unknown, string>;

export function createReportsQueue(connection: Redis, config: WorkerConfig): ReportsQueue {
  return new Queue<ReportsJobData, unknown, string>(reportsQueueName, {
    connection,
    prefix: config.redisPrefix,
    defaultJobOptions: {
      // Database work only: a few quick tries; a missed fire is caught by the next period's.
      attempts: 3,
      backoff: { type: 'exponential', delay: 2000 },
      removeOnComplete: completedJobRetention,
      removeOnFail: failedJobRetention,
    },
  });
}

const SCHEDULE_PREFIX = 'report-schedule:';
export const scheduleSchedulerId = (scheduleId: string) => `${SCHEDULE_PREFIX}${scheduleId}`;
const ALERTS_SCHEDULER_ID = 'report-alerts';

/**
 * Alerts fire at most once a day or a week, so an hourly look is timely enough, and the metrics
 * it reads (the adoption headline, the usage numbers) cost a few queries per rule.
 */
export const ALERT_EVALUATION_MS = 60 * 60 * 1000;

type Schedule = typeof schema.reportSchedules.$inferSelect;

/** One scheduler per schedule, id `report-schedule:<id>`: upserting again replaces its timing. */
export async function upsertScheduleScheduler(queue: ReportsQueue, schedule: Schedule): Promise<void> {
  await queue.upsertJobScheduler(
    scheduleSchedulerId(schedule.id),
    { pattern: cronPattern(schedule), tz: schedule.timezone },
    { name: 'reportSchedule.fire', data: { scheduleId: schedule.id } },
  );
}

export async function removeScheduleScheduler(queue: ReportsQueue, scheduleId: string): Promise<void> {
  await queue.removeJobScheduler(scheduleSchedulerId(scheduleId));
}

/**
 * At start and whenever Redis comes back (it may have lost its schedulers): the alerts' evaluator,
 * a scheduler per active schedule, and no scheduler for a schedule that is gone or paused (its
 * sync job may have run against a Redis that then lost the change).
 */
export async function registerReportSchedulers(queue: ReportsQueue, db: Db): Promise<void> {
  await queue.upsertJobScheduler(
    ALERTS_SCHEDULER_ID,
    { every: ALERT_EVALUATION_MS },
    { name: 'reportAlerts.evaluate', data: {} },
  );
  const schedules = await activeReportSchedules(db);
  const active = new Set(schedules.map((s) => s.id));
  for (const schedule of schedules) await upsertScheduleScheduler(queue, schedule);
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    const id = scheduler.key;
    if (id?.startsWith(SCHEDULE_PREFIX) && !active.has(id.slice(SCHEDULE_PREFIX.length))) {
      await queue.removeJobScheduler(id);
    }
  }
}
