export { ConfigError, loadConfig, type WorkerConfig } from './config';
export { type RunningWorker, startWorker } from './worker';
