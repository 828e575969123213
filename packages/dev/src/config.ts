import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: packages/dev/src -> ../../.. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A configuration problem the developer can fix; main prints only its message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface DevPorts {
  api: number;
  office: number;
  portal: number;
  mailWeb: number;
  mailSmtp: number;
  embeddedPg: number;
  embeddedRedis: number;
}

export interface DevConfig {
  /** External services; undefined means "start the embedded one". */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  jwtSecret: string | undefined;
  ports: DevPorts;
  dataDir: string;
}

type Env = Record<string, string | undefined>;

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > 65_535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535 (got "${raw}").`);
  }
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL (expected e.g. ${protocols[0]}//host:port).`);
  }
  if (!protocols.includes(parsed.protocol) || !parsed.hostname) {
    throw new ConfigError(
      `${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL with a host (got "${parsed.protocol}//…").`,
    );
  }
  return raw;
}

/** Parses the environment once; every error names the variable to fix. */
export function readDevConfig(env: Env = process.env): DevConfig {
  const ports: DevPorts = {
    api: port(env, 'API_PORT', 3000),
    office: port(env, 'OFFICE_PORT', 5173),
    portal: port(env, 'PORTAL_PORT', 5174),
    mailWeb: port(env, 'MAIL_WEB_PORT', 1080),
    mailSmtp: port(env, 'MAIL_SMTP_PORT', 1025),
    // Not 5432 / 6379, so a system PostgreSQL or Redis can keep running beside the dev stack.
    embeddedPg: port(env, 'EMBEDDED_PG_PORT', 5433),
    embeddedRedis: port(env, 'EMBEDDED_REDIS_PORT', 6380),
  };
  const jwtSecret = env.JWT_SECRET?.trim() || undefined;
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET must be at least 32 characters (use 32 random bytes, base64url).');
  }
  return {
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    jwtSecret,
    ports,
    dataDir: env.DEV_DATA_DIR?.trim() || join(repoRoot, '.data'),
  };
}

/** Hides the password of a connection URL before it is printed. */
export function redactUrl(raw: string): string {
  const parsed = new URL(raw);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
