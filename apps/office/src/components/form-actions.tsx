import { fieldErrors, problemMessage } from '@portico/api-client';

export interface FormActionsProps {
  /** The last failed save: field errors stand next to their inputs, any other refusal shows here. */
  error: unknown;
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  onCancel: () => void;
}

/** The end of a create or edit form: a refusal that names no field, then Save and Cancel. */
export function FormActions({ error, pending, submitLabel, pendingLabel, onCancel }: FormActionsProps) {
  const general = error !== null && error !== undefined && Object.keys(fieldErrors(error)).length === 0;
  return (
    <>
      {general && (
        <p className="alert alert--error" role="alert">
          {problemMessage(error)}
        </p>
      )}
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
