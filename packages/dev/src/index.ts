// The launcher's building blocks, for scripts that need one embedded service (e.g. a test setup).
export { type DevConfig, readDevConfig } from './config';
export { type MailCatcher, startMailCatcher } from './mail';
export { startEmbeddedPostgres } from './postgres';
export { checkRedis, findRedisServer, startEmbeddedRedis } from './redis';
export { type RunningService, ServiceStack } from './services';
