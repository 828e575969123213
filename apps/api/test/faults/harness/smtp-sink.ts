import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * An SMTP server in the test process that counts what it accepts per recipient, and lets a test
 * act at the n-th message: before accepting it (the sender never hears back) or right after the
 * reply left (the sender has it, its database does not yet).
 */
export interface SmtpSink {
  url: string;
  /** Accepted messages per recipient address (lower case). */
  received: Map<string, number>;
  accepted: () => number;
  /** Messages whose data arrived, accepted or not. */
  arrived: () => number;
  /**
   * Called with the 1-based number of each message whose data arrived, before the reply. Returning
   * false leaves the message unanswered and not counted (its sender is about to die).
   */
  beforeReply?: (n: number, to: string[]) => boolean | undefined;
  /** Called right after the message was accepted (the 250 is on its way). */
  afterReply?: (n: number, to: string[]) => void;
  /** Holds each message this long before replying: sends in flight. */
  delayMs: number;
  /** Forgets the counts and hooks: each test starts from message 1. */
  reset: () => void;
  close: () => Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received = new Map<string, number>();
  let arrived = 0;
  let accepted = 0;
  const sink: SmtpSink = {
    url: '',
    received,
    accepted: () => accepted,
    arrived: () => arrived,
    delayMs: 0,
    reset: () => {
      received.clear();
      arrived = 0;
      accepted = 0;
      sink.beforeReply = undefined;
      sink.afterReply = undefined;
      sink.delayMs = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 500,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        const n = ++arrived;
        const reply = () => {
          if (sink.beforeReply?.(n, to) === false) return;
          accepted++;
          for (const address of to) received.set(address, (received.get(address) ?? 0) + 1);
          callback();
          sink.afterReply?.(n, to);
        };
        if (sink.delayMs > 0) setTimeout(reply, sink.delayMs);
        else reply();
      });
    },
  });
  // A killed sender leaves half-open sessions behind; they are not the test's business.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return sink;
}
