const cells = ['skeleton skeleton--wide', 'skeleton', 'skeleton skeleton--narrow'];

interface ListSkeletonProps {
  /** Read instead of the grey bars: "Loading accounts". */
  label: string;
  rows?: number;
  /** Bars per row, wide to narrow (1 to 3). */
  columns?: 1 | 2 | 3;
}

/** The first load of a list or form: its rough shape, so the page does not jump when it arrives. */
export function ListSkeleton({ label, rows = 3, columns = 2 }: ListSkeletonProps) {
  return (
    <div className="skeleton-list" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={i} className="skeleton-row">
          {cells.slice(0, columns).map((className) => (
            <span key={className} className={className} />
          ))}
        </div>
      ))}
    </div>
  );
}
