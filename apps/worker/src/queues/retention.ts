import type { KeepJobs } from 'bullmq';

/**
 * Finished jobs kept in Redis. A job id deduplicates a re-relayed outbox row only while the job
 * still exists, so completed jobs stay a day (the relay re-sends a row within seconds, so that is
 * ample) but at most 20k of them (~10 MB), since a 100k-contact batch must not fill Redis, which
 * runs with noeviction. Past that window the database claim still stops a second email.
 */
export const completedJobRetention: KeepJobs = { age: 24 * 3600, count: 20_000 };

/** Failed jobs stay a week for whoever investigates; the database already lists them for the office. */
export const failedJobRetention: KeepJobs = { age: 7 * 24 * 3600, count: 20_000 };
