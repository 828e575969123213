import type { EmailFailure } from '../api/email-failures';
import { FailureRow } from './failure-row';

interface FailuresTableProps {
  failures: EmailFailure[];
  canSend: boolean | undefined;
  busy: boolean;
  onRetried: (failure: EmailFailure) => void;
}

/** A table on wide screens, cards under 640 px (the shared `table--cards` pattern). */
export function FailuresTable({ failures, canSend, busy, onRetried }: FailuresTableProps) {
  return (
    <div className="table-wrap" aria-busy={busy}>
      <table className="table table--cards failures">
        <caption className="visually-hidden">Failed invitation emails</caption>
        <thead>
          <tr>
            <th scope="col">Contact</th>
            <th scope="col">Email</th>
            <th scope="col">Reason</th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col">Failed at</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {failures.map((failure) => (
            <FailureRow
              key={failure.invitationId}
              failure={failure}
              canSend={canSend}
              onRetried={onRetried}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
