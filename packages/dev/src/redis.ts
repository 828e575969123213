import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { Redis } from 'ioredis';
import { ConfigError, redactUrl } from './config';
import { log } from './log';
import { type RunningService, StartupError } from './services';

/** A redis-server binary on this machine; redis-memory-server must never download one. */
export function findRedisServer(env: Record<string, string | undefined> = process.env): string | undefined {
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => join(dir, 'redis-server'));
  const candidates = [
    env.REDISMS_SYSTEM_BINARY,
    '/usr/bin/redis-server',
    '/usr/local/bin/redis-server',
    ...onPath,
  ];
  return candidates.find((file): file is string => {
    if (!file) return false;
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const noRedisHelp = `No redis-server binary found (looked in /usr/bin, /usr/local/bin and on PATH). Pick one:
  - install it:          apt-get install redis-server   (macOS: brew install redis)
  - run it in Docker:    docker compose up -d redis, then REDIS_URL=redis://127.0.0.1:6379 pnpm start
  - use a Redis you have: set REDIS_URL=redis://host:port`;

/** Starts a throwaway redis-server (no persistence: the outbox in PostgreSQL is the durable copy). */
/** The binary to run, or a ConfigError listing the ways out; checked before anything starts. */
export function requireRedisServer(): string {
  const binary = findRedisServer();
  if (!binary) throw new ConfigError(noRedisHelp);
  return binary;
}

export async function startEmbeddedRedis(options: { port: number }): Promise<RunningService> {
  const binary = requireRedisServer();
  // Belt and braces: the package's download paths stay off even if a future version looks at these.
  process.env.REDISMS_DISABLE_POSTINSTALL = '1';
  process.env.REDISMS_SYSTEM_BINARY = binary;
  const { RedisMemoryServer } = await import('redis-memory-server');
  const server = new RedisMemoryServer({
    autoStart: false,
    binary: { systemBinary: binary },
    // BullMQ needs noeviction: an evicted job key is a lost email.
    instance: { ip: '127.0.0.1', port: options.port, args: ['--maxmemory-policy', 'noeviction'] },
  });
  try {
    await server.start();
  } catch (error) {
    throw new StartupError(
      `redis-server (${binary}) did not start on port ${options.port}: ${String(error)}`,
    );
  }
  const url = `redis://127.0.0.1:${await server.getPort()}`;
  const service: RunningService = { name: 'Redis', url, stop: async () => void (await server.stop()) };
  try {
    await checkRedis(url);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

/** Fails early when Redis cannot be reached, and warns when it may evict BullMQ's keys. */
export async function checkRedis(url: string): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The socket error (ECONNREFUSED, ENOTFOUND…) says more than the rejected call's "Connection is closed".
  let socketError: Error | undefined;
  client.on('error', (error: Error) => {
    socketError = error;
  });
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const reason = (socketError ?? (error instanceof Error ? error : undefined))?.message ?? String(error);
    throw new ConfigError(`Cannot reach Redis at ${redactUrl(url)} (REDIS_URL): ${reason}`);
  }
  try {
    const reply = await client.config('GET', 'maxmemory-policy');
    const policy = Array.isArray(reply) ? String(reply[1]) : undefined;
    if (policy && policy !== 'noeviction') {
      log.warn(
        `Redis maxmemory-policy is ${policy}; BullMQ needs noeviction or jobs can vanish under memory pressure.`,
      );
    }
  } catch {
    // Managed Redis often forbids CONFIG; nothing to check then.
  } finally {
    client.disconnect();
  }
}
