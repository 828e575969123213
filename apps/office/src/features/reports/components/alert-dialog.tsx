import { fieldErrors, problemMessage } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useState } from 'react';
import { Dialog } from '../../../components/dialog';
import {
  type AlertMetric,
  type AlertRule,
  alertMetrics,
  useCreateAlert,
  useUpdateAlert,
} from '../api/alerts';
import {
  type ExportTable,
  exportFormats,
  type ReportName,
  reportLabels,
  reportTables,
  tableLabels,
} from '../api/exports';
import { type AlertDraft, type AlertErrors, checkAlert, isPercent } from '../utils/alert-form';
import { MAX_RECIPIENTS } from '../utils/schedule-form';
import { Segmented, SelectField, TextAreaField } from './form-fields';

interface AlertDialogProps {
  initial: AlertDraft;
  /** Set when editing. */
  rule?: AlertRule | undefined;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Alert when": a rule on a metric that emails an export when it holds, at most once a period. */
export function AlertDialog({ initial, rule, onClose, onDone }: AlertDialogProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<AlertErrors>({});
  const create = useCreateAlert();
  const update = useUpdateAlert();
  const pending = create.isPending || update.isPending;
  const failure = create.error ?? update.error;
  const fromApi = fieldErrors(failure);
  const general = failure && Object.keys(fromApi).length === 0 ? problemMessage(failure) : null;
  const set = (next: Partial<AlertDraft>) => setDraft((current) => ({ ...current, ...next }));
  const percent = isPercent(draft.metric);

  function submit() {
    const checked = checkAlert(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const done = (saved: AlertRule) => onDone(rule ? `Saved “${saved.name}”.` : `Created “${saved.name}”.`);
    if (rule) update.mutate({ params: { path: { id: rule.id } }, body: checked.body }, { onSuccess: done });
    else create.mutate({ body: checked.body }, { onSuccess: done });
  }

  return (
    <Dialog open onClose={onClose} title={rule ? `Edit “${rule.name}”` : 'New alert'} busy={pending}>
      <form
        className="report-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextField
          label="Name"
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
          error={errors.name ?? fromApi.name}
          maxLength={200}
          autoComplete="off"
        />
        <fieldset className="report-form__rule">
          <legend className="field__label">Alert when</legend>
          <div className="form-grid">
            <SelectField
              label="Metric"
              value={draft.metric}
              onChange={(event) => set({ metric: event.target.value as AlertMetric })}
              options={alertMetrics.map(({ metric, label }) => ({ value: metric, label }))}
            />
            <SelectField
              label="Is"
              value={draft.comparator}
              onChange={(event) => set({ comparator: event.target.value as AlertDraft['comparator'] })}
              options={[
                { value: 'lt', label: 'Below' },
                { value: 'gt', label: 'Above' },
              ]}
            />
            <TextField
              label={percent ? 'Threshold (%)' : 'Threshold'}
              inputMode="decimal"
              value={draft.threshold}
              onChange={(event) => set({ threshold: event.target.value })}
              error={errors.threshold ?? fromApi.threshold}
              autoComplete="off"
            />
          </div>
        </fieldset>
        <Segmented
          legend="Send at most"
          name="period"
          value={draft.period}
          options={[
            { value: 'daily', label: 'Once a day' },
            { value: 'weekly', label: 'Once a week' },
          ]}
          onChange={(period) => set({ period })}
        />
        <div className="form-grid">
          <SelectField
            label="Report"
            value={draft.report}
            onChange={(event) =>
              set({ report: event.target.value as ReportName, table: 'summary', filters: {} })
            }
            options={(['adoption', 'usage'] as const).map((value) => ({ value, label: reportLabels[value] }))}
          />
          <SelectField
            label="Table"
            value={draft.table}
            onChange={(event) => set({ table: event.target.value as ExportTable })}
            options={reportTables[draft.report].map((value) => ({ value, label: tableLabels[value] }))}
          />
        </div>
        <Segmented
          legend="Format"
          name="alert-format"
          value={draft.format}
          options={exportFormats.map(({ format, label }) => ({ value: format, label }))}
          onChange={(format) => set({ format })}
        />
        <TextAreaField
          label="Recipients"
          hint={`Email addresses, separated by commas or new lines (up to ${MAX_RECIPIENTS}).`}
          value={draft.recipients}
          onChange={(event) => set({ recipients: event.target.value })}
          error={errors.recipients ?? fromApi.recipients}
          rows={3}
          spellCheck={false}
        />
        {general && (
          <p className="alert alert--error" role="alert">
            {general}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Saving…' : rule ? 'Save changes' : 'Create alert'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
