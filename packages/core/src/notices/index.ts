export * from './document-notices';
export * from './notice-delivery';
export * from './notice-reconcile';
