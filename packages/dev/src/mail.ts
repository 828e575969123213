import { join } from 'node:path';
import { type RunningService, StartupError } from './services';

export interface MailCatcher extends RunningService {
  /** The web inbox. */
  webUrl: string;
}

/** Runs maildev in this process: SMTP for the apps, a web inbox for people. */
export async function startMailCatcher(options: {
  smtpPort: number;
  webPort: number;
  dataDir: string;
}): Promise<MailCatcher> {
  const { MailDev } = await import('maildev');
  const maildev = new MailDev({
    smtp: options.smtpPort,
    web: options.webPort,
    // Loopback only: a dev inbox full of invitation links is not for the LAN.
    ip: '127.0.0.1',
    webIp: '127.0.0.1',
    // Kept in .data so invitation mails survive a restart; capped so the folder stays small.
    mailDirectory: join(options.dataDir, 'mail'),
    maxEmails: 500,
    silent: true,
  });
  try {
    await maildev.start();
  } catch (error) {
    await maildev.stop().catch(() => {});
    throw new StartupError(
      `maildev did not start (SMTP ${options.smtpPort}, web ${options.webPort}): ${String(error)}`,
    );
  }
  return {
    name: 'maildev',
    url: `smtp://127.0.0.1:${options.smtpPort}`,
    webUrl: `http://localhost:${options.webPort}`,
    stop: () => maildev.stop(),
  };
}
