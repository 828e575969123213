export * from './dashboard';
export * from './dashboard-types';
export * from './panels';
export * from './reports';
