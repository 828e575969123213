import type { Db } from '@portico/db';
import type { MailTransport } from '@portico/email';
import type { Logger } from 'pino';
import type { WorkerConfig } from '../config';
import type { InvitationSends } from '../invitation-sends';

/** What processors use, passed in so tests and main build them the same way. */
export interface ProcessorDeps {
  db: Db;
  transport: MailTransport;
  config: WorkerConfig;
  log: Logger;
  /** invitation.send's claims and marks, batched across the jobs in flight. */
  invitationSends: InvitationSends;
}
