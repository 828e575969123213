export { type AuthSnapshot, type AuthStore, createAuthStore } from './auth-store';
export { type ApiClient, type ApiClientOptions, createApiClient } from './client';
export type {
  Account,
  AccountDetail,
  AccountPage,
  Building,
  BuildingPage,
  ClientGroup,
  ClientGroupPage,
  Contact,
  ContactDetail,
  ContactPage,
  ListAccountsQuery,
  ListBuildingsQuery,
  ListContactsQuery,
  Me,
  OfficeSession,
  Permission,
  Problem,
  QueryParams,
  RequestBody,
  ResponseBody,
  SignInBody,
} from './models';
export { fieldErrors, isProblem, problemMessage, problemStatus } from './problem';
export {
  type ApiPath,
  type ApiQuery,
  createApiQuery,
  infiniteKey,
  nextCursor,
  pathKey,
  retryTransient,
  unwrap,
} from './query';
export { rawFileBody } from './raw-body';
export type { components, operations, paths } from './schema.gen';
