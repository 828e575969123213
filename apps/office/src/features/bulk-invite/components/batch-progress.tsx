import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { batchEffectKeys, batchProgressOptions } from '../api/batch-send';

const skippedLabels: Record<string, string> = {
  enrolled: 'already enrolled',
  noEmail: 'without an email address',
  suspended: 'suspended',
};

/** The batch being sent: a live bar until nothing waits, then a summary. */
interface BatchProgressProps {
  batchId: string;
  /** Just sent from this page: take focus from the confirmation (its Send button is now disabled). */
  focusOnStart: boolean;
  onDismiss: () => void;
}

export function BatchProgress({ batchId, focusOnStart, onDismiss }: BatchProgressProps) {
  const progress = useQuery(batchProgressOptions(batchId));
  const sectionRef = useRef<HTMLElement>(null);
  const queryClient = useQueryClient();
  const done = progress.data?.done === true;

  useEffect(() => {
    if (focusOnStart) sectionRef.current?.focus();
  }, [focusOnStart]);

  // Statuses moved as emails went out: the counts and contact lists are worth asking again.
  useEffect(() => {
    if (!done) return;
    for (const queryKey of batchEffectKeys) void queryClient.invalidateQueries({ queryKey });
  }, [done, queryClient]);

  if (progress.isPending) {
    return (
      <section ref={sectionRef} tabIndex={-1} className="bulk-progress" aria-labelledby="bulk-progress-title">
        <h2 id="bulk-progress-title" className="bulk-section__title">
          Sending invitations
        </h2>
        <p className="bulk-progress__wait">
          <Spinner size="sm" /> Starting…
        </p>
      </section>
    );
  }
  if (progress.isError && !progress.data) {
    return (
      <section ref={sectionRef} tabIndex={-1} className="bulk-progress" aria-labelledby="bulk-progress-title">
        <h2 id="bulk-progress-title" className="bulk-section__title">
          Sending invitations
        </h2>
        <p className="alert alert--error" role="alert">
          Could not read the batch’s progress: {problemMessage(progress.error)}
        </p>
        <button type="button" className="button button--secondary" onClick={() => void progress.refetch()}>
          Try again
        </button>
      </section>
    );
  }

  const { queued, sent, failed, skipped } = progress.data;
  const invited = queued + sent + failed;
  const processed = sent + failed;
  const percent = (n: number) => (invited === 0 ? 0 : (n / invited) * 100);
  const skippedText = Object.entries(skipped)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${n.toLocaleString()} ${skippedLabels[reason] ?? reason}`)
    .join(', ');

  return (
    <section ref={sectionRef} tabIndex={-1} className="bulk-progress" aria-labelledby="bulk-progress-title">
      <div className="bulk-progress__head">
        <h2 id="bulk-progress-title" className="bulk-section__title">
          {done ? 'Invitations sent' : 'Sending invitations'}
        </h2>
        {done && (
          <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
      <div
        className="bulk-progress__bar"
        role="progressbar"
        aria-labelledby="bulk-progress-title"
        aria-valuemin={0}
        aria-valuemax={invited}
        aria-valuenow={processed}
        aria-valuetext={`${processed.toLocaleString()} of ${invited.toLocaleString()}: ${sent.toLocaleString()} sent, ${failed.toLocaleString()} failed`}
      >
        <span className="bulk-progress__sent" style={{ width: `${percent(sent)}%` }} />
        <span className="bulk-progress__failed" style={{ width: `${percent(failed)}%` }} />
      </div>
      <dl className="bulk-progress__counts">
        <div>
          <dt>Queued</dt>
          <dd>{queued.toLocaleString()}</dd>
        </div>
        <div className="bulk-progress__count--sent">
          <dt>Sent</dt>
          <dd>{sent.toLocaleString()}</dd>
        </div>
        <div className="bulk-progress__count--failed">
          <dt>Failed</dt>
          <dd>{failed.toLocaleString()}</dd>
        </div>
      </dl>
      {progress.isError && (
        <p className="field__hint">Lost touch with the server for a moment; still trying…</p>
      )}
      <div role="status" className="bulk-progress__summary">
        {done && (
          <p className="bulk-progress__done">
            {invited === 0
              ? 'Nobody needed an invitation.'
              : `Done: ${sent.toLocaleString()} of ${invited.toLocaleString()} sent${failed > 0 ? `, ${failed.toLocaleString()} failed` : ''}.`}
            {skippedText && ` Skipped ${skippedText}.`}{' '}
            {failed > 0 && <Link to="/email-failures">See the email failures</Link>}
          </p>
        )}
      </div>
    </section>
  );
}
