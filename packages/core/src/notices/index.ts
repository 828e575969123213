export * from './document-notices';
export * from './invoice-reminders';
export * from './notice-delivery';
export * from './notice-reconcile';
