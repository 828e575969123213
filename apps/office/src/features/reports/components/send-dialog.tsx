import { fieldErrors, problemMessage } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useMemo, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import {
  type ExportTable,
  exportFormats,
  type ReportName,
  reportLabels,
  reportTables,
  tableLabels,
  useSendExport,
} from '../api/exports';
import { type ReportSchedule, useCreateSchedule, useUpdateSchedule } from '../api/schedules';
import {
  checkDraft,
  type DraftErrors,
  MAX_RECIPIENTS,
  type ScheduleDraft,
  timeZones,
  weekdays,
} from '../utils/schedule-form';
import { Segmented, SelectField, TextAreaField } from './form-fields';

interface SendDialogProps {
  open: boolean;
  /** The form's starting point: the page's report and filters, or the schedule being edited. */
  initial: ScheduleDraft;
  /** Set when editing: the form then saves the schedule instead of sending. */
  schedule?: ReportSchedule | undefined;
  onClose: () => void;
  /** Said on the page once the dialog closes: "Scheduled …", "Sent …". */
  onDone: (message: string) => void;
}

/** Email an export now, or on a schedule; the same form edits a schedule. */
export function SendDialog({ open, initial, schedule, onClose, onDone }: SendDialogProps) {
  const title = schedule ? `Edit “${schedule.name}”` : 'Send or schedule an export';
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <SendForm initial={initial} schedule={schedule} onCancel={onClose} onDone={onDone} />
    </Dialog>
  );
}

const frequencies = [
  { value: 'daily', label: 'Daily' },
  { value: 'weekly', label: 'Weekly' },
  { value: 'monthly', label: 'Monthly' },
] as const;

const monthdays = Array.from({ length: 28 }, (_, i) => ({ value: i + 1, label: String(i + 1) }));

interface SendFormProps {
  initial: ScheduleDraft;
  schedule?: ReportSchedule | undefined;
  onCancel: () => void;
  onDone: (message: string) => void;
}

function SendForm({ initial, schedule, onCancel, onDone }: SendFormProps) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const zones = useMemo(() => timeZones(), []);
  const send = useSendExport();
  const create = useCreateSchedule();
  const update = useUpdateSchedule();
  const pending = send.isPending || create.isPending || update.isPending;
  const failure = send.error ?? create.error ?? update.error;
  const fromApi = fieldErrors(failure);
  const general = failure && Object.keys(fromApi).length === 0 ? problemMessage(failure) : null;
  const set = (next: Partial<ScheduleDraft>) => setDraft((current) => ({ ...current, ...next }));
  const error = (field: keyof DraftErrors) => errors[field] ?? fromApi[field];

  function submit() {
    const checked = checkDraft(draft, zones);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const count = checked.body.recipients.length;
    const to = count === 1 ? checked.body.recipients[0] : `${count} recipients`;
    if (checked.when === 'now') {
      send.mutate({ body: checked.body }, { onSuccess: () => onDone(`The export is on its way to ${to}.`) });
    } else if (schedule) {
      update.mutate(
        { params: { path: { id: schedule.id } }, body: checked.body },
        { onSuccess: (saved) => onDone(`Saved “${saved.name}”.`) },
      );
    } else {
      create.mutate(
        { body: checked.body },
        { onSuccess: (saved) => onDone(`Scheduled “${saved.name}” for ${to}.`) },
      );
    }
  }

  const tables = reportTables[draft.report];
  return (
    <form
      className="report-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="form-grid">
        <SelectField
          label="Report"
          value={draft.report}
          onChange={(event) => {
            const report = event.target.value as ReportName;
            // Another report's filters mean nothing here: it starts from its defaults.
            set({ report, table: 'summary', filters: report === initial.report ? initial.filters : {} });
          }}
          options={(['adoption', 'usage'] as const).map((value) => ({ value, label: reportLabels[value] }))}
        />
        <SelectField
          label="Table"
          value={draft.table}
          onChange={(event) => set({ table: event.target.value as ExportTable })}
          options={tables.map((value) => ({ value, label: tableLabels[value] }))}
        />
      </div>
      <p className="field__hint report-form__filters">
        {Object.keys(draft.filters).length > 0
          ? 'With the filters the report shows now.'
          : 'Without filters (active customers, since the first invitation).'}
      </p>
      <Segmented
        legend="Format"
        name="format"
        value={draft.format}
        options={exportFormats.map(({ format, label }) => ({ value: format, label }))}
        onChange={(format) => set({ format })}
      />
      <TextAreaField
        label="Recipients"
        hint={`Email addresses, separated by commas or new lines (up to ${MAX_RECIPIENTS}).`}
        value={draft.recipients}
        onChange={(event) => set({ recipients: event.target.value })}
        error={error('recipients')}
        rows={3}
        autoComplete="off"
        spellCheck={false}
      />
      {!schedule && (
        <Segmented
          legend="When"
          name="when"
          value={draft.when}
          options={[
            { value: 'now', label: 'Send now' },
            { value: 'schedule', label: 'On a schedule' },
          ]}
          onChange={(when) => set({ when })}
        />
      )}
      <TextField
        label={draft.when === 'schedule' ? 'Name' : 'Name (optional)'}
        hint="Shown in the schedules list and the email’s subject."
        value={draft.name}
        onChange={(event) => set({ name: event.target.value })}
        error={error('name')}
        maxLength={200}
        autoComplete="off"
      />
      {draft.when === 'schedule' && (
        <fieldset className="report-form__schedule">
          <legend className="visually-hidden">Schedule</legend>
          <Segmented
            legend="Repeat"
            name="frequency"
            value={draft.frequency}
            options={frequencies}
            onChange={(frequency) => set({ frequency })}
          />
          <div className="form-grid">
            {draft.frequency === 'weekly' && (
              <SelectField
                label="On"
                value={draft.weekday}
                onChange={(event) => set({ weekday: Number(event.target.value) })}
                options={weekdays.map((label, i) => ({ value: i + 1, label }))}
              />
            )}
            {draft.frequency === 'monthly' && (
              <SelectField
                label="Day of the month"
                hint="1 to 28: every month has it."
                value={draft.monthday}
                onChange={(event) => set({ monthday: Number(event.target.value) })}
                options={monthdays}
              />
            )}
            <TextField
              label="Time"
              type="time"
              value={draft.time}
              onChange={(event) => set({ time: event.target.value })}
              error={error('time')}
              step={60}
            />
            <SelectField
              label="Time zone"
              value={draft.timezone}
              onChange={(event) => set({ timezone: event.target.value })}
              error={error('timezone')}
              options={zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
            />
          </div>
        </fieldset>
      )}
      {general && (
        <p className="alert alert--error" role="alert">
          {general}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending
            ? 'Saving…'
            : schedule
              ? 'Save changes'
              : draft.when === 'now'
                ? 'Send now'
                : 'Create schedule'}
        </button>
      </div>
    </form>
  );
}
