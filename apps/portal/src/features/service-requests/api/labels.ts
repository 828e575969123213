import type { ServiceRequestStatus, ServiceRequestUrgency } from './service-requests';

export const statusLabels: Record<ServiceRequestStatus, string> = {
  received: 'Received',
  scheduled: 'Scheduled',
  in_progress: 'In progress',
  done: 'Done',
  declined: 'Declined',
};

export const statusBadge: Record<ServiceRequestStatus, string> = {
  received: 'badge',
  scheduled: 'badge badge--warning',
  in_progress: 'badge badge--warning',
  done: 'badge badge--ok',
  declined: 'badge badge--danger',
};

export const urgencyLabels: Record<ServiceRequestUrgency, string> = {
  low: 'Low: whenever convenient',
  normal: 'Normal',
  high: 'High: soon, please',
  emergency: 'Emergency: danger or damage now',
};

export const urgencyOrder: readonly ServiceRequestUrgency[] = ['low', 'normal', 'high', 'emergency'];
