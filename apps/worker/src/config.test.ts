import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './config';

const env = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/portico',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SMTP_URL: 'smtp://127.0.0.1:1025',
  PORTAL_URL: 'http://localhost:5174/',
  UNSUBSCRIBE_SECRET: 'a-test-secret-of-at-least-32-bytes-long',
};

describe('worker config', () => {
  it('has defaults tuned for throughput and safe retries', () => {
    expect(loadConfig(env)).toMatchObject({
      redisPrefix: 'portico',
      portalUrl: 'http://localhost:5174',
      concurrency: 100,
      emailAttempts: 5,
      relayPollMs: 200,
      outboxPruneSweepMs: 3_600_000,
    });
  });

  it.each([
    [{ DATABASE_URL: undefined }, /DATABASE_URL is required/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must/],
    [{ SMTP_URL: 'http://mail' }, /SMTP_URL must start with smtp: or smtps:/],
    [{ PORTAL_URL: undefined }, /PORTAL_URL is required/],
    [{ WORKER_CONCURRENCY: 'lots' }, /WORKER_CONCURRENCY must be an integer/],
    [{ WORKER_CONCURRENCY: '0' }, /WORKER_CONCURRENCY must be an integer from 1/],
    [{ REDIS_PREFIX: 'my prefix' }, /REDIS_PREFIX may only use/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses %j, naming the variable', (override, message) => {
    expect(() => loadConfig({ ...env, ...override })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, ...override })).toThrow(message);
  });
});
