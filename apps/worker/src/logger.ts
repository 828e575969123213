import { type Logger, pino } from 'pino';
import type { WorkerConfig } from './config';

export function createLogger(config: Pick<WorkerConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, name: 'worker' });
}

/**
 * What went wrong, for a log line. Drizzle wraps driver errors in "Failed query: <the whole SQL>";
 * the driver's own message (its cause) is the part worth reading.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}
