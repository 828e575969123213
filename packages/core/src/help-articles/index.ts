export * from './articles';
export * from './portal-articles';
export * from './render';
export * from './topics';
