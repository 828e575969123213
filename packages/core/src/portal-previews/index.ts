export * from './portal-previews';
export * from './preview-session';
