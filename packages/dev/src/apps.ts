import type { DevPorts } from './config';
import type { ChildSpec } from './processes';

export interface StackUrls {
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  jwtSecret: string;
}

/** What the apps need to find each other; the same names docker-compose.yml sets. */
export function appEnv(urls: StackUrls, ports: DevPorts): Record<string, string> {
  return {
    DATABASE_URL: urls.databaseUrl,
    REDIS_URL: urls.redisUrl,
    SMTP_URL: urls.smtpUrl,
    JWT_SECRET: urls.jwtSecret,
    API_URL: `http://localhost:${ports.api}`,
    OFFICE_URL: `http://localhost:${ports.office}`,
    PORTAL_URL: `http://localhost:${ports.portal}`,
    NODE_ENV: 'development',
    // Plain http on localhost: a Secure cookie would never come back.
    COOKIE_SECURE: 'false',
  };
}

/** The four app processes `pnpm start` runs, each through pnpm in its own workspace package. */
export function appSpecs(env: Record<string, string>, ports: DevPorts, cwd: string): ChildSpec[] {
  const inPackage = (pkg: string, ...command: string[]) => ['--filter', pkg, 'exec', ...command];
  const vite = (port: number) => ['vite', '--port', String(port), '--strictPort'];
  return [
    {
      name: 'api',
      colour: 'green',
      command: 'pnpm',
      args: inPackage('@portico/api', 'tsx', 'src/main.ts'),
      cwd,
      env: { ...env, PORT: String(ports.api) },
    },
    {
      name: 'worker',
      colour: 'magenta',
      command: 'pnpm',
      args: inPackage('@portico/worker', 'tsx', 'src/main.ts'),
      cwd,
      env,
    },
    {
      name: 'office',
      colour: 'cyan',
      command: 'pnpm',
      args: inPackage('@portico/office', ...vite(ports.office)),
      cwd,
      env: { ...env, PORT: String(ports.office) },
    },
    {
      name: 'portal',
      colour: 'yellow',
      command: 'pnpm',
      args: inPackage('@portico/portal', ...vite(ports.portal)),
      cwd,
      env: { ...env, PORT: String(ports.portal) },
    },
  ];
}
