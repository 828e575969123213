import { ssoKeyOf, unsubscribeKeyOf } from '@portico/core';
/** The API's configuration, parsed once at start-up from the environment. */
export interface ApiConfig {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix for every Redis key this process writes (tests give each file its own). */
  redisPrefix: string;
  jwtSecret: string;
  /** Verifies the one-click unsubscribe links the worker signs: UNSUBSCRIBE_SECRET, or derived from JWT_SECRET. */
  unsubscribeKey: Buffer;
  /** Encrypts SSO providers' client secrets (AES-256-GCM): SSO_ENCRYPTION_KEY, or derived from JWT_SECRET. */
  ssoKey: Buffer;
  /** SSO_ALLOW_INSECURE_ISSUERS: http and private-address issuers (a local IdP); off in production. */
  ssoAllowInsecureIssuers: boolean;
  officeUrl: string;
  portalUrl: string;
  cookieSecure: boolean;
  logLevel: string;
  /** Sign-in attempts allowed per window, per IP and per email. */
  signInLimit: { perIp: number; perAccount: number; windowSeconds: number };
  databasePoolSize: number;
  /** Largest PDF the integration API accepts for a document, in bytes. */
  ingestFileMaxBytes: number;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is required but not set.`);
  return value;
}

function url(env: Env, name: string, fallback?: string): string {
  const value = env[name] ?? fallback;
  if (!value) throw new ConfigError(`${name} is required but not set.`);
  try {
    new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}".`);
  }
  return value.replace(/\/$/, '');
}

function int(env: Env, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}".`);
  return value;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}".`);
}

function ssoKey(env: Env, jwtSecret: string): Buffer {
  try {
    return ssoKeyOf({ ssoEncryptionKey: env.SSO_ENCRYPTION_KEY, jwtSecret });
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

export function loadConfig(env: Env = process.env): ApiConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'test' && nodeEnv !== 'production') {
    throw new ConfigError(`NODE_ENV must be development, test or production, got "${nodeEnv}".`);
  }
  const jwtSecret = required(env, 'JWT_SECRET');
  // HS256 is only as strong as its key: demand at least 32 bytes of secret.
  if (Buffer.byteLength(jwtSecret) < 32) throw new ConfigError('JWT_SECRET must be at least 32 bytes long.');
  const unsubscribeSecret = env.UNSUBSCRIBE_SECRET || undefined;
  if (unsubscribeSecret !== undefined && Buffer.byteLength(unsubscribeSecret) < 32)
    throw new ConfigError('UNSUBSCRIBE_SECRET must be at least 32 bytes long.');
  return {
    env: nodeEnv,
    host: env.HOST ?? '127.0.0.1',
    port: int(env, 'PORT', 3000),
    databaseUrl: url(env, 'DATABASE_URL'),
    redisUrl: url(env, 'REDIS_URL'),
    redisPrefix: env.REDIS_PREFIX ?? 'portico',
    jwtSecret,
    unsubscribeKey: unsubscribeKeyOf({ unsubscribeSecret, jwtSecret }),
    ssoKey: ssoKey(env, jwtSecret),
    ssoAllowInsecureIssuers: bool(env, 'SSO_ALLOW_INSECURE_ISSUERS', nodeEnv !== 'production'),
    officeUrl: url(env, 'OFFICE_URL', 'http://localhost:5173'),
    portalUrl: url(env, 'PORTAL_URL', 'http://localhost:5174'),
    cookieSecure: bool(env, 'COOKIE_SECURE', nodeEnv === 'production'),
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'silent' : 'info'),
    signInLimit: {
      perIp: int(env, 'SIGN_IN_LIMIT_PER_IP', 30),
      perAccount: int(env, 'SIGN_IN_LIMIT_PER_ACCOUNT', 10),
      windowSeconds: int(env, 'SIGN_IN_LIMIT_WINDOW_SECONDS', 900),
    },
    databasePoolSize: int(env, 'DATABASE_POOL_SIZE', 10),
    ingestFileMaxBytes: int(env, 'INGEST_FILE_MAX_BYTES', 20 * 1024 * 1024),
  };
}
