import { statusBadge, statusLabels, urgencyLabels } from '../api/labels';
import type { ServiceRequestStatus, ServiceRequestUrgency } from '../api/service-requests';

export function StatusBadge({ status }: { status: ServiceRequestStatus }) {
  return <span className={`badge ${statusBadge[status]}`}>{statusLabels[status]}</span>;
}

/** Only urgent ones stand out: a list of "Normal" badges says nothing. */
export function UrgencyText({ urgency }: { urgency: ServiceRequestUrgency }) {
  const urgent = urgency === 'high' || urgency === 'emergency';
  return <span className={urgent ? 'service-request__urgent' : 'muted'}>{urgencyLabels[urgency]}</span>;
}
