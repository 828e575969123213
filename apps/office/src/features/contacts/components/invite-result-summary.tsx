import type { InviteResult } from '../api/invitations';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The answer of a bulk invite: what went out and why the rest was skipped. */
export function InviteResultSummary({ result }: { result: InviteResult }) {
  const { invited, skipped } = result;
  const rows: [string, number][] = [
    ['Sent', invited],
    ['Skipped, already enrolled', skipped.enrolled],
    ['Skipped, no email', skipped.noEmail],
    ['Skipped, suspended', skipped.suspended],
  ];
  return (
    <div className="invite-summary">
      <p className="invite-summary__headline">
        {invited > 0
          ? `${plural(invited, 'invitation is', 'invitations are')} on the way.`
          : 'No invitations were sent.'}
      </p>
      {result.replayed && (
        <p className="alert alert--info">
          This batch had already been sent (the request was repeated); nothing was sent twice.
        </p>
      )}
      <dl className="invite-summary__counts">
        {rows.map(([label, count]) => (
          <div key={label} className="invite-summary__row">
            <dt>{label}</dt>
            <dd>{count.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {invited > 0 && (
        <p className="muted">Emails go out in the background; failures appear under Email failures.</p>
      )}
    </div>
  );
}
