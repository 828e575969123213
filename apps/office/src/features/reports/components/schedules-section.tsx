import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/dialog';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import {
  type ReportSchedule,
  schedulesOptions,
  useDeleteSchedule,
  useDuplicateSchedule,
  usePauseSchedule,
  useResumeSchedule,
  useSendScheduleNow,
} from '../api/schedules';
import { formatDateTime } from '../utils/report-format';
import { describeWhen, draftFromSchedule, newDraft, type ScheduleDraft } from '../utils/schedule-form';
import { recipientsText, whatIsSent } from '../utils/sent-labels';
import { SendDialog } from './send-dialog';

type Editing = { draft: ScheduleDraft; schedule?: ReportSchedule } | null;

/** Scheduled exports: list, edit, delete, duplicate, pause / resume, send now. */
export function SchedulesSection() {
  const schedules = useQuery(schedulesOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ReportSchedule | null>(null);
  const [message, setMessage] = useState('');
  const remove = useDeleteSchedule();
  const items = schedules.data?.items ?? [];

  return (
    <section className="report-section" aria-labelledby="schedules-title">
      <header className="report-section__head">
        <div>
          <h2 id="schedules-title" className="section-title">
            Scheduled exports
          </h2>
          <p className="report-section__text">
            Exports emailed on a calendar. A duplicate starts paused, so it can be changed before it sends.
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing({ draft: newDraft('adoption', {}, { when: 'schedule' }) })}
        >
          New schedule
        </button>
      </header>
      <p className="report-status" role="status">
        {message}
      </p>
      {schedules.isPending ? (
        <ListSkeleton label="Loading scheduled exports" columns={3} />
      ) : schedules.isError ? (
        <QueryError
          error={schedules.error}
          onRetry={() => void schedules.refetch()}
          what="scheduled exports"
        />
      ) : items.length === 0 ? (
        <div className="state report-empty">
          <h3 className="state__title">No scheduled exports</h3>
          <p className="state__text">
            Email the report to your team every day, week or month: choose “New schedule”, or “Send or
            schedule” on the report.
          </p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards report-table">
            <caption className="visually-hidden">Scheduled exports</caption>
            <thead>
              <tr>
                <th scope="col">Schedule</th>
                <th scope="col">When</th>
                <th scope="col">Recipients</th>
                <th scope="col">Next run</th>
                <th scope="col">Last run</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <ScheduleRow
                  key={item.id}
                  schedule={item}
                  onEdit={() => setEditing({ draft: draftFromSchedule(item), schedule: item })}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(item);
                  }}
                  onDone={setMessage}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {schedules.data && schedules.data.total > items.length && (
        <p className="field__hint">
          Showing the first {items.length} of {schedules.data.total} schedules, by name.
        </p>
      )}

      {editing && (
        <SendDialog
          open
          initial={editing.draft}
          schedule={editing.schedule}
          onClose={() => setEditing(null)}
          onDone={(text) => {
            setEditing(null);
            setMessage(text);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.name ?? ''}”?`}
        confirmLabel="Delete schedule"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.isError ? problemMessage(remove.error) : undefined}
        onCancel={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { params: { path: { id: deleting.id } } },
            {
              onSuccess: () => {
                setMessage(`Deleted “${deleting.name}”.`);
                setDeleting(null);
              },
            },
          )
        }
      >
        <p>It stops sending. Exports it already sent stay in the recipients’ inboxes.</p>
      </ConfirmDialog>
    </section>
  );
}

interface ScheduleRowProps {
  schedule: ReportSchedule;
  onEdit: () => void;
  onDelete: () => void;
  onDone: (message: string) => void;
}

function ScheduleRow({ schedule, onEdit, onDelete, onDone }: ScheduleRowProps) {
  const sendNow = useSendScheduleNow();
  const duplicate = useDuplicateSchedule();
  const pause = usePauseSchedule();
  const resume = useResumeSchedule();
  const path = { params: { path: { id: schedule.id } } };
  const busy = sendNow.isPending || duplicate.isPending || pause.isPending || resume.isPending;
  const failure = sendNow.error ?? duplicate.error ?? pause.error ?? resume.error;
  const name = schedule.name;

  return (
    <tr>
      <th scope="row" className="table__primary">
        <span className="table__name">{name}</span>
        <span className="table__sub">{whatIsSent(schedule)}</span>
        {schedule.paused && <span className="badge badge--muted report-table__paused">Paused</span>}
      </th>
      <td data-label="When">{describeWhen(schedule)}</td>
      <td data-label="Recipients" title={schedule.recipients.join(', ')}>
        {recipientsText(schedule.recipients)}
      </td>
      <td data-label="Next run">
        {schedule.paused ? (
          <span className="muted">Paused</span>
        ) : schedule.nextRunAt ? (
          formatDateTime(schedule.nextRunAt)
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td data-label="Last run">
        {schedule.lastRunAt ? formatDateTime(schedule.lastRunAt) : <span className="muted">Never</span>}
      </td>
      <td className="report-actions-cell">
        <div className="report-actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={onEdit}
            disabled={busy}
          >
            Edit<span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={busy}
            onClick={() => sendNow.mutate(path, { onSuccess: () => onDone(`Sending “${name}” now.`) })}
          >
            Send now<span className="visually-hidden"> {name}</span>
          </button>
          {schedule.paused ? (
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={busy}
              onClick={() => resume.mutate(path, { onSuccess: () => onDone(`Resumed “${name}”.`) })}
            >
              Resume<span className="visually-hidden"> {name}</span>
            </button>
          ) : (
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={busy}
              onClick={() => pause.mutate(path, { onSuccess: () => onDone(`Paused “${name}”.`) })}
            >
              Pause<span className="visually-hidden"> {name}</span>
            </button>
          )}
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={busy}
            onClick={() =>
              duplicate.mutate(path, { onSuccess: (copy) => onDone(`Copied as “${copy.name}” (paused).`) })
            }
          >
            Duplicate<span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="button button--ghost button--small report-actions__danger"
            onClick={onDelete}
            disabled={busy}
          >
            Delete<span className="visually-hidden"> {name}</span>
          </button>
        </div>
        {failure && (
          <p className="field__error" role="alert">
            {problemMessage(failure)}
          </p>
        )}
      </td>
    </tr>
  );
}
