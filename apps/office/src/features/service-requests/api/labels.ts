import type { ServiceRequestStatus, ServiceRequestUrgency } from './service-requests';

export const statusLabels: Record<ServiceRequestStatus, string> = {
  received: 'Received',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  done: 'Done',
  declined: 'Declined',
};

export const statusOrder: readonly ServiceRequestStatus[] = [
  'received',
  'scheduled',
  'in_progress',
  'done',
  'declined',
];

/** Where a request may go from each status: the server's rule (core's transitions.ts), for the form's choices. */
export const nextStatuses: Record<ServiceRequestStatus, readonly ServiceRequestStatus[]> = {
  received: ['scheduled', 'in_progress', 'done', 'declined'],
  scheduled: ['scheduled', 'in_progress', 'done', 'declined'],
  in_progress: ['scheduled', 'done', 'declined'],
  done: ['received'],
  declined: ['received'],
};

export const statusBadge: Record<ServiceRequestStatus, string> = {
  received: 'badge--neutral',
  scheduled: 'badge--neutral',
  in_progress: 'badge--neutral',
  done: 'badge--success',
  declined: 'badge--muted',
};

export const urgencyLabels: Record<ServiceRequestUrgency, string> = {
  low: 'Low',
  normal: 'Normal',
  high: 'High',
  emergency: 'Emergency',
};

export const urgencyOrder: readonly ServiceRequestUrgency[] = ['emergency', 'high', 'normal', 'low'];

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
