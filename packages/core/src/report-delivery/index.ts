export * from './alert-evaluation';
export * from './alert-rules';
export { checkTarget, type ExportTarget, MAX_RECIPIENTS, specOfTarget } from './export-target';
export * from './recurrence';
export * from './runs';
export * from './schedule-runs';
export * from './schedules';
