export * from './lists';
export * from './notices';
export * from './photo-types';
export * from './photos';
export * from './portal-requests';
export * from './records';
export * from './status-changes';
export * from './transitions';
