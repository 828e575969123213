import { pathKey, type RequestBody, type ResponseBody } from '@portico/api-client';
import { $api, queryClient } from '../../../lib/api';

export type AlertRule = ResponseBody<'getAlertRule'>;
export type AlertBody = RequestBody<'createAlertRule'>;
export type AlertMetric = AlertBody['metric'];
export type AlertFiring = ResponseBody<'listAlertFirings'>[number];

const LIST_SIZE = 100;

/** General to specific: every alert query (the list, one rule, a rule's firings). */
export const alertKeys = {
  list: pathKey('get', '/api/v1/alert-rules'),
  one: pathKey('get', '/api/v1/alert-rules/{id}'),
  firings: pathKey('get', '/api/v1/alert-rules/{id}/firings'),
};

export const alertsOptions = () =>
  $api.queryOptions('get', '/api/v1/alert-rules', { params: { query: { limit: LIST_SIZE } } });

export const alertFiringsOptions = (id: string) =>
  $api.queryOptions('get', '/api/v1/alert-rules/{id}/firings', { params: { path: { id } } });

const invalidate = () =>
  Promise.all(Object.values(alertKeys).map((queryKey) => queryClient.invalidateQueries({ queryKey })));

export const useCreateAlert = () =>
  $api.useMutation('post', '/api/v1/alert-rules', { onSuccess: invalidate });
/** Edits, pauses and resumes alike: the rule is replaced whole, `paused` included. */
export const useUpdateAlert = () =>
  $api.useMutation('put', '/api/v1/alert-rules/{id}', { onSuccess: invalidate });
export const useDeleteAlert = () =>
  $api.useMutation('delete', '/api/v1/alert-rules/{id}', { onSuccess: invalidate });

/** The metrics a rule can watch, with their unit (activation rate is a percentage, 0–100). */
export const alertMetrics: readonly { metric: AlertMetric; label: string; percent: boolean }[] = [
  { metric: 'activation_rate', label: 'Activation rate', percent: true },
  { metric: 'pending_invites', label: 'Pending invites', percent: false },
  { metric: 'expired_invites', label: 'Expired invites', percent: false },
  { metric: 'email_failures', label: 'Email failures', percent: false },
  { metric: 'monthly_active_users', label: 'Monthly active users', percent: false },
];
