import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { type EmailFailure, useRetryEmailFailure } from '../api/email-failures';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface FailureRowProps {
  failure: EmailFailure;
  /** undefined while /me loads. */
  canSend: boolean | undefined;
  onRetried: (failure: EmailFailure) => void;
}

/** One failed email; each row has its own retry, so one pending retry does not lock the others. */
export function FailureRow({ failure, canSend, onRetried }: FailureRowProps) {
  const retry = useRetryEmailFailure();
  const reasonId = useId();
  const blocked = !failure.retryable
    ? 'Accepted, revoked or expired since: invite the contact again from their page.'
    : canSend === false
      ? 'Retrying needs the invitations.send permission.'
      : null;

  return (
    <tr>
      <th scope="row" className="table__primary">
        <Link className="table__name" to={`/contacts/${failure.contactId}`}>
          {failure.contactName || 'Unnamed contact'}
        </Link>
      </th>
      <td data-label="Email" className="failures__email">
        {failure.email ?? <span className="muted">No email</span>}
      </td>
      <td data-label="Reason" className="failures__reason">
        {failure.reason ?? <span className="muted">No reason given</span>}
      </td>
      <td data-label="Attempts" className="num">
        {failure.attempts}
      </td>
      <td data-label="Failed at" className="failures__when">
        <time dateTime={failure.failedAt}>{dateTime.format(new Date(failure.failedAt))}</time>
      </td>
      <td data-label="Action" className="failures__action">
        {retry.isSuccess ? (
          <span className="badge badge--success">Queued again</span>
        ) : (
          <>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={blocked !== null || canSend === undefined || retry.isPending}
              aria-describedby={blocked || retry.isError ? reasonId : undefined}
              onClick={() => retry.mutate(failure.invitationId, { onSuccess: () => onRetried(failure) })}
            >
              {retry.isPending ? (
                <>
                  <Spinner size="sm" /> Retrying…
                </>
              ) : (
                <>
                  Retry<span className="visually-hidden"> email to {failure.contactName}</span>
                </>
              )}
            </button>
            {(blocked || retry.isError) && (
              <p id={reasonId} className={retry.isError ? 'field__error' : 'failures__why'}>
                {retry.isError ? problemMessage(retry.error) : blocked}
              </p>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
