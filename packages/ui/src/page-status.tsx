import type { ReactNode } from 'react';
import { Spinner } from './spinner';

/** A wait (restoring the session, checking a link) with the reason spelled out for screen readers. */
export function PageStatus({ children }: { children: ReactNode }) {
  return (
    <div className="page-status" role="status">
      <Spinner />
      <p>{children}</p>
    </div>
  );
}
