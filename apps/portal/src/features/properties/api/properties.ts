import { $api } from '../../../lib/api';

export const propertyOptions = (id: string) =>
  $api.queryOptions('get', '/portal/v1/buildings/{id}', { params: { path: { id } } });
