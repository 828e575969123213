import { useId } from 'react';
import type { Suspension } from '../lib/problems';

/**
 * Not an error the customer can fix by typing again: their access was paused by the
 * organization, whose own note says why and whom to call.
 */
export function SuspendedPanel({ suspension }: { suspension: Suspension }) {
  const titleId = useId();
  return (
    <section className="panel panel--suspended" role="alert" aria-labelledby={titleId}>
      <h2 className="panel__title" id={titleId}>
        Your portal access is suspended
      </h2>
      {suspension.note ? (
        <>
          <p>A note from your service provider:</p>
          <blockquote className="panel__note">{suspension.note}</blockquote>
        </>
      ) : (
        <p>{suspension.message}</p>
      )}
      <p className="muted">Once they restore your access, you can sign in here as before.</p>
    </section>
  );
}
