/**
 * Names for the shapes screens use. The API inlines its schemas rather than publishing them
 * under components, so each name is read off the operation that answers it; operation ids are
 * stable by convention (docs/decisions/003-generated-api-client.md).
 */
import type { components, operations } from './schema.gen';

type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

/** The JSON body of an operation's success answer (200, else 201). */
export type ResponseBody<Op extends keyof operations> = operations[Op]['responses'] extends { 200: infer R }
  ? JsonOf<R>
  : operations[Op]['responses'] extends { 201: infer R }
    ? JsonOf<R>
    : never;

/** The JSON body an operation accepts. */
export type RequestBody<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer T } };
}
  ? T
  : never;

/** An operation's query parameters. */
export type QueryParams<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

export type Problem = components['schemas']['Problem'];

export type OfficeSession = ResponseBody<'signIn'>;
export type SignInBody = RequestBody<'signIn'>;
export type Me = ResponseBody<'getMe'>;
export type Permission = Me['permissions'][number];

export type ClientGroupPage = ResponseBody<'listClientGroups'>;
export type ClientGroup = ClientGroupPage['items'][number];

export type AccountPage = ResponseBody<'listAccounts'>;
export type Account = AccountPage['items'][number];
export type AccountDetail = ResponseBody<'getAccount'>;
export type ListAccountsQuery = QueryParams<'listAccounts'>;

export type BuildingPage = ResponseBody<'listBuildings'>;
export type Building = BuildingPage['items'][number];
export type ListBuildingsQuery = QueryParams<'listBuildings'>;

export type ContactPage = ResponseBody<'listContacts'>;
export type Contact = ContactPage['items'][number];
export type ContactDetail = ResponseBody<'getContact'>;
export type ListContactsQuery = QueryParams<'listContacts'>;
