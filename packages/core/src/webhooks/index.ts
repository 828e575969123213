export * from './deliveries';
export * from './delivery-attempts';
export * from './endpoints';
export * from './record-event';
export * from './signature';
export * from './target-guard';
