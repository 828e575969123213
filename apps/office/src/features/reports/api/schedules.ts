import { pathKey, type RequestBody, type ResponseBody } from '@portico/api-client';
import { $api, queryClient } from '../../../lib/api';

export type ReportSchedule = ResponseBody<'getReportSchedule'>;
export type ScheduleBody = RequestBody<'createReportSchedule'>;
export type Frequency = ScheduleBody['frequency'];

// An organization keeps a handful of schedules; the first 100 by name are plenty for one screen.
const LIST_SIZE = 100;

/** General to specific: every schedule query (the list, one schedule). */
export const scheduleKeys = {
  list: pathKey('get', '/api/v1/report-schedules'),
  one: pathKey('get', '/api/v1/report-schedules/{id}'),
};

export const schedulesOptions = () =>
  $api.queryOptions('get', '/api/v1/report-schedules', { params: { query: { limit: LIST_SIZE } } });

const invalidate = () =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: scheduleKeys.list }),
    queryClient.invalidateQueries({ queryKey: scheduleKeys.one }),
  ]);

export const useCreateSchedule = () =>
  $api.useMutation('post', '/api/v1/report-schedules', { onSuccess: invalidate });
export const useUpdateSchedule = () =>
  $api.useMutation('put', '/api/v1/report-schedules/{id}', { onSuccess: invalidate });
export const useDeleteSchedule = () =>
  $api.useMutation('delete', '/api/v1/report-schedules/{id}', { onSuccess: invalidate });
export const useDuplicateSchedule = () =>
  $api.useMutation('post', '/api/v1/report-schedules/{id}/duplicate', { onSuccess: invalidate });
export const usePauseSchedule = () =>
  $api.useMutation('post', '/api/v1/report-schedules/{id}/pause', { onSuccess: invalidate });
export const useResumeSchedule = () =>
  $api.useMutation('post', '/api/v1/report-schedules/{id}/resume', { onSuccess: invalidate });
/** Sending now records a run and moves `lastRunAt`: the list is read again. */
export const useSendScheduleNow = () =>
  $api.useMutation('post', '/api/v1/report-schedules/{id}/send', { onSuccess: invalidate });
