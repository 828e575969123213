import type { QueryParams, ResponseBody } from '@portico/api-client';

/** Names for the portal content the screens show, read off the generated client's operations. */
export type PortalBuilding = ResponseBody<'listPortalBuildings'>['items'][number];
export type PortalBuildingDetail = ResponseBody<'getPortalBuilding'>;
export type PortalAsset = ResponseBody<'listPortalAssets'>['items'][number];
export type PortalTask = ResponseBody<'listPortalTasks'>['items'][number];
export type PortalDocument = ResponseBody<'getPortalDocument'>;
export type PortalDefect = ResponseBody<'listPortalDefects'>['items'][number];
export type PortalQuote = ResponseBody<'listPortalQuotes'>['items'][number];
export type PortalDashboard = ResponseBody<'getPortalDashboard'>;
export type PortalSearchResult = ResponseBody<'searchPortal'>;

export type DocumentKind = PortalDocument['kind'];
export type ListDocumentsQuery = QueryParams<'listPortalDocuments'>;
export type ListDefectsQuery = QueryParams<'listPortalDefects'>;
export type ListTasksQuery = QueryParams<'listPortalTasks'>;
export type ListQuotesQuery = QueryParams<'listPortalQuotes'>;
export type ListAssetsQuery = QueryParams<'listPortalAssets'>;
