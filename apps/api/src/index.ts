export { buildApp } from './app';
export { type ApiConfig, ConfigError, loadConfig } from './config';
