import { createServer } from 'node:net';
import { ConfigError, type DevConfig } from './config';

export interface PortClaim {
  port: number;
  /** The variable that moves it, named in the error. */
  variable: string;
  what: string;
}

/** Resolves true when nothing listens on the port (any address, IPv4 or IPv6). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    });
    // No host: binds the dual-stack wildcard, which clashes with a listener on any address.
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

/** Fails before anything starts, naming every port that is taken and the variable that moves it. */
export async function assertPortsFree(claims: PortClaim[]): Promise<void> {
  const seen = new Map<number, PortClaim>();
  for (const claim of claims) {
    const other = seen.get(claim.port);
    if (other) {
      throw new ConfigError(
        `${claim.variable} and ${other.variable} are both ${claim.port}; give each its own port.`,
      );
    }
    seen.set(claim.port, claim);
  }
  const taken: PortClaim[] = [];
  for (const claim of claims) if (!(await isPortFree(claim.port))) taken.push(claim);
  if (taken.length === 0) return;
  const lines = taken.map(
    (c) => `  port ${c.port} (${c.what}) is in use: stop what holds it or set ${c.variable}`,
  );
  throw new ConfigError(`Ports already in use (is another \`pnpm start\` running?):\n${lines.join('\n')}`);
}

/** The ports this run will listen on: the apps', plus each embedded service's when it is used. */
export function portClaims({ ports, databaseUrl, redisUrl, smtpUrl }: DevConfig): PortClaim[] {
  return [
    { port: ports.api, variable: 'API_PORT', what: 'API' },
    { port: ports.office, variable: 'OFFICE_PORT', what: 'office console' },
    { port: ports.portal, variable: 'PORTAL_PORT', what: 'customer portal' },
    ...(databaseUrl
      ? []
      : [{ port: ports.embeddedPg, variable: 'EMBEDDED_PG_PORT', what: 'embedded PostgreSQL' }]),
    ...(redisUrl
      ? []
      : [{ port: ports.embeddedRedis, variable: 'EMBEDDED_REDIS_PORT', what: 'embedded Redis' }]),
    ...(smtpUrl
      ? []
      : [
          { port: ports.mailSmtp, variable: 'MAIL_SMTP_PORT', what: 'mail catcher SMTP' },
          { port: ports.mailWeb, variable: 'MAIL_WEB_PORT', what: 'mail catcher web inbox' },
        ]),
  ];
}
