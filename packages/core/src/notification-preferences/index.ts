export * from './categories';
export * from './digests';
export * from './preferences';
export * from './unsubscribe';
export * from './unsubscribe-tokens';
