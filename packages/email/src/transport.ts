import nodemailer from 'nodemailer';

/**
 * A pooled SMTP transport: reusing connections is what lets one worker send hundreds of emails
 * a second. The URL carries credentials and TLS settings (smtp:// or smtps://).
 */
export function createMailTransport(smtpUrl: string, options: { maxConnections?: number } = {}) {
  const url = new URL(smtpUrl);
  return nodemailer.createTransport({
    pool: true,
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'smtps:' ? 465 : 25)),
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    maxConnections: options.maxConnections ?? 5,
  });
}

export type MailTransport = ReturnType<typeof createMailTransport>;
