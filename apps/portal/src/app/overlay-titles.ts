import { AREAS } from '../lib/document-areas';
import { longMonth } from '../lib/format';
import { isSeverity, severityLabel } from '../lib/severity';

const words = (value: string) => value.replaceAll('_', ' ');
const tolerance: Record<string, string> = {
  on_time: 'on time',
  late: 'late',
  overdue: 'overdue',
  pending: 'pending',
};

/** A heading for a filtered list overlay, from its filters: "Critical defects, March 2026". */
export function listTitle(path: string, params: URLSearchParams): string {
  const month = params.get('month');
  const when = month ? `, ${longMonth(month)}` : '';
  switch (path) {
    case '/documents': {
      const area = AREAS.find((a) => a.kind === params.get('kind'));
      const label = area?.label ?? 'Documents';
      if (params.get('overdue') === 'true') return `Overdue ${label.toLowerCase()}`;
      if (params.get('decision') === 'undecided') return `${label} awaiting your decision`;
      if (params.get('unpaid') === 'true') return `Unpaid ${label.toLowerCase()}`;
      return label;
    }
    case '/defects': {
      const severity = params.get('severity');
      const kind = isSeverity(severity) ? `${severityLabel[severity]} defects` : 'Defects';
      const status = params.get('status');
      const type = params.get('assetType');
      const base =
        status === 'open'
          ? `Open ${kind.toLowerCase()}`
          : status === 'resolved'
            ? `Resolved ${kind.toLowerCase()}`
            : kind;
      return `${base}${type ? ` on ${type}` : ''}${when}`;
    }
    case '/tasks': {
      const base =
        params.get('kind') === 'routine'
          ? 'Routine activities'
          : params.get('kind') === 'reactive'
            ? 'Service calls'
            : 'Tasks';
      const stage = params.get('stage');
      const tol = params.get('tolerance');
      const qualifier = tol ? ` ${tolerance[tol] ?? tol}` : stage ? ` ${words(stage)}` : '';
      return `${base}${qualifier}${when}`;
    }
    case '/quotes':
      return params.get('status') === 'pending' ? 'Quotes awaiting approval' : 'Quotes';
    case '/assets':
      return params.get('assetType') ? `${params.get('assetType')} assets` : 'Assets';
    default:
      return 'Details';
  }
}
