import type { JobName } from '@portico/core';
import { type EmailJobName, emailQueueName } from './email';
import { lifecycleQueueName } from './lifecycle';

/**
 * Which queue each outbox job goes to. A Record over every JobName, so a job added to the map in
 * packages/core does not compile here until someone decides: route it to a queue with a
 * processor, or `null`, which leaves its rows in the outbox (nothing lost) until a worker that
 * can process them is deployed.
 */
export const queueOfJob = {
  'invitation.send': emailQueueName,
  'invitation.remind': emailQueueName,
  'invitation.expire': lifecycleQueueName,
  // No processor yet: the link email needs a claim in packages/core (mint token, set expiry).
  'portalLink.send': null,
} as const satisfies Record<JobName, typeof emailQueueName | typeof lifecycleQueueName | null>;

type RoutedJobName = { [N in JobName]: (typeof queueOfJob)[N] extends null ? never : N }[JobName];

/** The outbox jobs this worker relays; any other row stays in the outbox. */
export const relayedJobNames = (Object.keys(queueOfJob) as JobName[]).filter(
  (name): name is RoutedJobName => queueOfJob[name] !== null,
);

export const isEmailJob = (name: RoutedJobName): name is EmailJobName => queueOfJob[name] === emailQueueName;
