import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { linksIn, parseMime } from './mime';
import { waitFor } from './wait-for';

export interface ReceivedEmail {
  /** Envelope recipients, lower-cased. */
  to: string[];
  subject: string;
  /** Every URL in the text and HTML parts. */
  links: string[];
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port> for the worker's SMTP_URL. */
  url: string;
  /** In the order they arrived. */
  messages: ReceivedEmail[];
  /** Resolves with the messages to one address once there are `count` of them. */
  waitForEmails: (address: string, count?: number) => Promise<ReceivedEmail[]>;
  close: () => Promise<void>;
}

/** An in-process SMTP server that accepts everything and keeps it, parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedEmail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // No TLS on offer: nodemailer would upgrade and then refuse the self-signed certificate.
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    // The worker's pooled connections are still open when the file ends; do not wait for them.
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mime = parseMime(Buffer.concat(chunks).toString('utf8'));
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: mime.headers.get('subject') ?? '',
          links: linksIn(mime.texts),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  const to = (address: string) => messages.filter((m) => m.to.includes(address.toLowerCase()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitForEmails: (address, count = 1) =>
      waitFor(() => to(address).length >= count && to(address), `${count} email(s) to ${address}`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
