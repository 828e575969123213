import type { BatchCategory } from '../api/batch-filter';
import type { BatchCounts as Counts } from '../api/batch-preview';

export const categoryInfo: Record<BatchCategory, { label: string; hint: string }> = {
  total: { label: 'Total', hint: 'Contacts the filters reach' },
  accepted: { label: 'Invite accepted', hint: 'Already enrolled: no email' },
  pending: { label: 'Acceptance pending', hint: 'Invited, not accepted: invited again' },
  notSent: { label: 'Not sent', hint: 'Never invited or expired: invited' },
  cannotInvite: { label: 'Cannot invite', hint: 'No email address: skipped' },
  suspended: { label: 'Suspended', hint: 'Suspended from the portal: skipped' },
};

const order: BatchCategory[] = ['total', 'accepted', 'pending', 'notSent', 'cannotInvite', 'suspended'];

/** Contacts a send would email: pending ones are invited again, never-invited ones for the first time. */
export const invitable = (counts: Counts) => counts.pending + counts.notSent;

interface BatchCountsProps {
  counts: Counts;
  /** The filters changed since these were loaded: shown dimmed, not clickable. */
  stale: boolean;
  onOpen: (category: BatchCategory) => void;
}

/** The preview's counts as big numbers; each opens the contacts behind it. */
export function BatchCounts({ counts, stale, onOpen }: BatchCountsProps) {
  return (
    <div className={['bulk-counts', stale && 'bulk-counts--stale'].filter(Boolean).join(' ')}>
      <ul className="bulk-counts__list">
        {order.map((category) => (
          <li key={category}>
            <button
              type="button"
              className={`bulk-count bulk-count--${category}`}
              disabled={stale}
              aria-haspopup="dialog"
              onClick={() => onOpen(category)}
            >
              <span className="bulk-count__value">{counts[category].toLocaleString()}</span>
              <span className="bulk-count__label">{categoryInfo[category].label}</span>
              <span className="bulk-count__hint">{categoryInfo[category].hint}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function BatchCountsSkeleton() {
  return (
    <div className="bulk-counts" role="status" aria-label="Counting contacts">
      <ul className="bulk-counts__list">
        {order.map((category) => (
          <li key={category}>
            <div className="bulk-count bulk-count--placeholder">
              <span className="skeleton bulk-count__skeleton" />
              <span className="bulk-count__label">{categoryInfo[category].label}</span>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
