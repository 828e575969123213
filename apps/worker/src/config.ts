/** The worker's configuration, parsed once at start-up from the environment. */
export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  smtpUrl: string;
  logLevel: string;
}

export class ConfigError extends Error {}

function url(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  if (!value) throw new ConfigError(`${name} is required but not set.`);
  try {
    new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}".`);
  }
  return value;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): WorkerConfig {
  return {
    databaseUrl: url(env, 'DATABASE_URL'),
    redisUrl: url(env, 'REDIS_URL'),
    smtpUrl: url(env, 'SMTP_URL'),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
