import type { ResponseBody } from '@portico/api-client';
import { $api } from '../../../lib/api';

export type Audience = ResponseBody<'getBuildingAudience'>;
export type AudienceEntry = Audience['items'][number];
export type Grant = AudienceEntry['grants'][number];
export type BlockReason = AudienceEntry['blockedBy'][number];
export type DocumentKind = 'inspection_report' | 'service_report' | 'proposal' | 'invoice';

export const buildingAudienceOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/buildings/{id}/audience', { params: { path: { id } } });

export const documentAudienceOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/documents/{id}/audience', { params: { path: { id } } });
