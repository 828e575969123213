import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { type ParsedEmail, parseEmail } from './mime';

export interface CapturedEmail extends ParsedEmail {
  envelopeTo: string[];
}

export interface SmtpRejection {
  code: number;
  message: string;
}

export interface SmtpSink {
  url: string;
  messages: CapturedEmail[];
  /** Recipients the sink refuses at RCPT TO, with the reply it gives. */
  rejections: Map<string, SmtpRejection>;
  /** Every RCPT TO the sink saw, accepted or not: each is one delivery attempt. */
  attempts: string[];
  /** Holds each message this long before accepting it: a slow server, for sends in flight. */
  delayMs: number;
  to: (address: string) => CapturedEmail[];
  close: () => Promise<void>;
}

/** An in-process SMTP server that keeps what it receives, parsed, and can refuse chosen recipients. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: CapturedEmail[] = [];
  const rejections = new Map<string, SmtpRejection>();
  const attempts: string[] = [];
  const sink: SmtpSink = {
    url: '',
    messages,
    rejections,
    attempts,
    delayMs: 0,
    to: (address) => messages.filter((m) => m.envelopeTo.includes(address.toLowerCase())),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    // No TLS offered: nodemailer would otherwise upgrade and refuse the self-signed certificate.
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      attempts.push(to);
      const rejection = rejections.get(to);
      if (rejection) {
        callback(Object.assign(new Error(rejection.message), { responseCode: rejection.code }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const envelopeTo = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        setTimeout(() => {
          messages.push({ ...parseEmail(Buffer.concat(chunks).toString('utf8')), envelopeTo });
          callback();
        }, sink.delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  return sink;
}
