import { connect, type Socket } from 'node:net';
import nodemailer from 'nodemailer';

/** nodemailer's own limit for establishing a connection (its `connectionTimeout` default). */
const CONNECT_TIMEOUT_MS = 2 * 60_000;

/**
 * Opens the TCP connection for nodemailer with TCP_NODELAY. nodemailer writes each SMTP command
 * as a small segment and waits for the reply before the next: with Nagle's algorithm on, a small
 * write behind unacknowledged data waits for the server's ACK, which the server's delayed-ACK
 * timer holds back ~40 ms. That stall hits every message, capping each pooled connection at
 * ~21 emails/s (10 connections: ~200/s) however fast the server is.
 *
 * The socket is handed over still plain: for smtps:// nodemailer wraps it in TLS itself (with
 * SNI and certificate checks, as when it connects alone), and STARTTLS upgrades it the same way;
 * the TLS records then travel over this socket, so they are not delayed either.
 */
function connectWithoutDelay(
  host: string,
  port: number,
  callback: (err: Error | null, socketOptions?: { connection: Socket }) => void,
): void {
  const socket = connect({ host, port, noDelay: true, keepAlive: true });
  const fail = (err: Error) => {
    socket.destroy();
    callback(err);
  };
  socket.setTimeout(CONNECT_TIMEOUT_MS, () =>
    fail(new Error(`SMTP connection to ${host}:${port} timed out`)),
  );
  socket.once('error', fail);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.off('error', fail);
    callback(null, { connection: socket });
  });
}

/**
 * A pooled SMTP transport: reusing connections is what lets one worker send hundreds of emails
 * a second. The URL carries credentials and TLS settings (smtp:// or smtps://).
 */
export function createMailTransport(smtpUrl: string, options: { maxConnections?: number } = {}) {
  const url = new URL(smtpUrl);
  // An IPv6 literal comes bracketed in a URL ("[::1]"), and unbracketed for a socket.
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(url.port || (url.protocol === 'smtps:' ? 465 : 25));
  return nodemailer.createTransport({
    pool: true,
    host,
    port,
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    maxConnections: options.maxConnections ?? 5,
    getSocket: (_options, callback) => connectWithoutDelay(host, port, callback),
  });
}

export type MailTransport = ReturnType<typeof createMailTransport>;
