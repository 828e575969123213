import { ConfigError, loadConfig, type WorkerConfig } from './config';
import { createLogger } from './logger';
import { startWorker } from './worker';

let config: WorkerConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`portico worker: configuration error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const log = createLogger(config);
const worker = await startWorker(config, log);
log.info({ concurrency: config.concurrency, prefix: config.redisPrefix }, 'worker started');

// Docker allows 30 s after SIGTERM (stop_grace_period); leave a margin before it kills us.
const SHUTDOWN_DEADLINE_MS = 25_000;
let stopping = false;

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: finishing jobs in flight');
  setTimeout(() => {
    log.error('shutdown took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  await worker.stop();
  log.info('worker stopped');
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));
