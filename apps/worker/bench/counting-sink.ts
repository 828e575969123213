/**
 * The delivery bench's SMTP sink, run as a child process (as any real SMTP server would be): it
 * counts messages and nothing else, so it costs both runs the same and little, and its CPU is not
 * taken from the sender's event loop. Talks to the parent over IPC: it answers `{ port }` once
 * listening, and `{ reached }` once the count reaches a `{ until }` the parent asked for.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

let received = 0;
let target = Number.POSITIVE_INFINITY;

const reply = (message: object) => process.send?.(message);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  disableReverseLookup: true,
  logger: false,
  closeTimeout: 1000,
  onData(stream, _session, callback) {
    stream.on('end', () => {
      received++;
      if (received >= target) {
        target = Number.POSITIVE_INFINITY;
        reply({ reached: received });
      }
      callback();
    });
    stream.resume();
  },
});

process.on('message', (message: { until?: number; count?: true; close?: true }) => {
  if (message.count) reply({ count: received });
  if (message.until !== undefined) {
    if (received >= message.until) reply({ reached: received });
    else target = message.until;
  }
  if (message.close) server.close(() => process.exit(0));
});

server.listen(0, '127.0.0.1', () => reply({ port: (server.server.address() as AddressInfo).port }));
