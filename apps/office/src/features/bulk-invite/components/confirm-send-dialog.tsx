import { problemMessage, problemStatus } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import type { BatchCounts } from '../api/batch-preview';
import { invitable } from './batch-counts';
import { Modal } from './modal';

interface ConfirmSendDialogProps {
  counts: BatchCounts;
  fromAddress: string;
  templateName: string | undefined;
  sending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

export function ConfirmSendDialog(props: ConfirmSendDialogProps) {
  const { counts, fromAddress, templateName, sending, error, onConfirm, onClose } = props;
  const count = invitable(counts);
  const skipped = counts.accepted + counts.cannotInvite + counts.suspended;

  return (
    <Modal
      title={`Invite ${plural(count, 'contact', 'contacts')}?`}
      onClose={sending ? () => {} : onClose}
      footer={
        <>
          <button type="button" className="button button--secondary" onClick={onClose} disabled={sending}>
            Cancel
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => !sending && onConfirm()}
            aria-disabled={sending}
          >
            {sending ? (
              <>
                <Spinner size="sm" /> Sending…
              </>
            ) : (
              `Send ${plural(count, 'invitation', 'invitations')}`
            )}
          </button>
        </>
      }
    >
      <ul className="bulk-confirm">
        {counts.notSent > 0 && (
          <li>{plural(counts.notSent, 'contact is', 'contacts are')} invited for the first time.</li>
        )}
        {counts.pending > 0 && (
          <li>{plural(counts.pending, 'contact', 'contacts')} with a pending invitation get a new one.</li>
        )}
        {skipped > 0 && (
          <li className="muted">
            Skipped: {counts.accepted.toLocaleString()} already enrolled,{' '}
            {counts.cannotInvite.toLocaleString()} without an email address,{' '}
            {counts.suspended.toLocaleString()} suspended.
          </li>
        )}
      </ul>
      <dl className="bulk-confirm__sender">
        <div>
          <dt>From</dt>
          <dd>{fromAddress || "Your organization's default address"}</dd>
        </div>
        <div>
          <dt>Template</dt>
          <dd>{templateName ?? 'The default invitation template'}</dd>
        </div>
      </dl>
      {error !== null && error !== undefined && (
        <p className="alert alert--error" role="alert">
          {problemMessage(error)}
          {problemStatus(error) === 403 &&
            ' Ask an administrator of your organization if you need to send invitations.'}
        </p>
      )}
    </Modal>
  );
}
