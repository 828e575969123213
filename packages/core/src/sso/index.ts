export * from './login-flow';
export * from './oidc-client';
export * from './providers';
export * from './refusals';
export * from './secret-box';
export * from './sso-outcome';
