export * from './access-preview';
export * from './office-documents';
export * from './who-can-see';
