import { fieldErrors, problemMessage } from '@portico/api-client';

export interface FormActionsProps {
  /** The last failed save: field errors stand next to their inputs, any other refusal shows here. */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onCancel: () => void;
}

/** A refusal that names no field (field errors stand next to their inputs), or nothing. */
function Refusal({ error }: { error: unknown }) {
  const general = error !== null && error !== undefined && Object.keys(fieldErrors(error)).length === 0;
  return general ? (
    <p className="alert alert--error" role="alert">
      {problemMessage(error)}
    </p>
  ) : null;
}

/** The end of a create or edit form: a refusal that names no field, then Save and Cancel. */
export function FormActions({ error, pending, submitLabel, pendingLabel, onCancel }: FormActionsProps) {
  return (
    <>
      <Refusal error={error} />
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}

/** The same at the end of a form in a dialog, laid out as dialogs are: Cancel, then the submit button. */
export function DialogFormActions({ error, pending, submitLabel, pendingLabel, onCancel }: FormActionsProps) {
  return (
    <>
      <Refusal error={error} />
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
