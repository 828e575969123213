import { fieldErrors } from '@portico/api-client';
import { useState } from 'react';
import type { BatchFilter } from '../api/batch-filter';
import type { BatchCounts } from '../api/batch-preview';
import { type BatchResult, newIdempotencyKey, useCreateBatch } from '../api/batch-send';
import { invitable } from './batch-counts';
import { ConfirmSendDialog } from './confirm-send-dialog';
import { type SenderChoice, SenderFields, useSenderDefaults } from './sender-fields';

interface SendSectionProps {
  /** The filters the counts on screen were loaded with. */
  filter: BatchFilter | null;
  counts: BatchCounts | undefined;
  /** Counts are loaded for the filters as they are now. */
  ready: boolean;
  /** undefined while /me loads. */
  canSend: boolean | undefined;
  /** A batch is still being sent. */
  busy: boolean;
  onSent: (result: BatchResult) => void;
}

export function SendSection({ filter, counts, ready, canSend, busy, onSent }: SendSectionProps) {
  const [sender, setSender] = useState<SenderChoice>({ fromAddress: null, templateId: null });
  // The Idempotency-Key of the open confirmation: retrying it cannot invite anyone twice.
  const [confirmKey, setConfirmKey] = useState<string | null>(null);
  const defaults = useSenderDefaults();
  const create = useCreateBatch();
  const errors = fieldErrors(create.error);

  const fromAddress = (sender.fromAddress ?? defaults.fromAddress).trim();
  const templateId = sender.templateId ?? defaults.templateId;
  const templateName = defaults.templates.data?.items.find((t) => t.id === templateId)?.name;
  const count = counts ? invitable(counts) : 0;

  const blocked = !ready
    ? 'Load the counts for these filters first.'
    : count === 0
      ? 'Nobody to invite: everyone these filters reach is enrolled, suspended or has no email address.'
      : busy
        ? 'Wait until the batch being sent is done.'
        : null;

  function send() {
    if (!filter || !confirmKey) return;
    const body = { filter, ...(fromAddress && { fromAddress }), ...(templateId && { templateId }) };
    create.mutate(
      { body, key: confirmKey },
      {
        onSuccess: (result) => {
          setConfirmKey(null);
          onSent(result);
        },
      },
    );
  }

  return (
    <section className="bulk-section" aria-labelledby="bulk-send-title">
      <h2 id="bulk-send-title" className="bulk-section__title">
        Send
      </h2>
      <p className="bulk-section__text">
        New and expired contacts get an invitation; pending ones get a fresh link. Nobody who already accepted
        is emailed.
      </p>
      {canSend === false ? (
        <p className="alert alert--info bulk-send__explain">
          Sending invitations needs the invitations.send permission, which your role does not have. You can
          still load the counts and see who they reach; ask an administrator to send.
        </p>
      ) : (
        <>
          <SenderFields
            value={sender}
            onChange={(next) => {
              setSender(next);
              create.reset();
            }}
            fromError={errors.fromAddress}
            templateError={errors.templateId}
          />
          <div className="bulk-send">
            <button
              type="button"
              className="button button--primary"
              disabled={blocked !== null || canSend === undefined}
              aria-describedby={blocked ? 'bulk-send-why' : undefined}
              onClick={() => {
                create.reset();
                setConfirmKey(newIdempotencyKey());
              }}
            >
              Send email
            </button>
            {blocked && (
              <p id="bulk-send-why" className="field__hint">
                {blocked}
              </p>
            )}
          </div>
        </>
      )}
      {confirmKey && counts && (
        <ConfirmSendDialog
          counts={counts}
          fromAddress={fromAddress}
          templateName={templateName}
          sending={create.isPending}
          error={create.error}
          onConfirm={send}
          onClose={() => setConfirmKey(null)}
        />
      )}
    </section>
  );
}
