import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/dialog';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import {
  type AlertRule,
  alertFiringsOptions,
  alertsOptions,
  useDeleteAlert,
  useUpdateAlert,
} from '../api/alerts';
import {
  type AlertDraft,
  alertDraftFrom,
  checkAlert,
  describeRule,
  isPercent,
  newAlertDraft,
} from '../utils/alert-form';
import { formatDateTime } from '../utils/report-format';
import { recipientsText, whatIsSent } from '../utils/sent-labels';
import { AlertDialog } from './alert-dialog';

type Editing = { draft: AlertDraft; rule?: AlertRule } | null;

/** Alert rules: what they watch, what they send, when they last fired. */
export function AlertsSection() {
  const alerts = useQuery(alertsOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AlertRule | null>(null);
  const [message, setMessage] = useState('');
  const remove = useDeleteAlert();
  const items = alerts.data?.items ?? [];

  return (
    <section className="report-section" aria-labelledby="alerts-title">
      <header className="report-section__head">
        <div>
          <h2 id="alerts-title" className="section-title">
            Alerts
          </h2>
          <p className="report-section__text">
            Checked every hour: when a rule holds, its export is emailed, at most once a day or week.
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing({ draft: newAlertDraft() })}
        >
          New alert
        </button>
      </header>
      <p className="report-status" role="status">
        {message}
      </p>
      {alerts.isPending ? (
        <ListSkeleton label="Loading alerts" columns={3} />
      ) : alerts.isError ? (
        <QueryError error={alerts.error} onRetry={() => void alerts.refetch()} what="alerts" />
      ) : items.length === 0 ? (
        <div className="state report-empty">
          <h3 className="state__title">No alerts</h3>
          <p className="state__text">
            Hear about it when adoption slips: for example, when the activation rate falls below 40% or more
            than 50 invitations are pending.
          </p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table table--cards report-table">
            <caption className="visually-hidden">Alerts</caption>
            <thead>
              <tr>
                <th scope="col">Alert</th>
                <th scope="col">Rule</th>
                <th scope="col">Sends</th>
                <th scope="col">Last fired</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((rule) => (
                <AlertRow
                  key={rule.id}
                  rule={rule}
                  onEdit={() => setEditing({ draft: alertDraftFrom(rule), rule })}
                  onDelete={() => {
                    remove.reset();
                    setDeleting(rule);
                  }}
                  onDone={setMessage}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {editing && (
        <AlertDialog
          initial={editing.draft}
          rule={editing.rule}
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
        confirmLabel="Delete alert"
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
        <p>The rule stops being checked, and its history of firings goes with it.</p>
      </ConfirmDialog>
    </section>
  );
}

interface AlertRowProps {
  rule: AlertRule;
  onEdit: () => void;
  onDelete: () => void;
  onDone: (message: string) => void;
}

function AlertRow({ rule, onEdit, onDelete, onDone }: AlertRowProps) {
  const update = useUpdateAlert();
  const [showFirings, setShowFirings] = useState(false);
  const name = rule.name;

  function setPaused(paused: boolean) {
    const checked = checkAlert({ ...alertDraftFrom(rule), paused });
    if (!checked.ok) return;
    update.mutate(
      { params: { path: { id: rule.id } }, body: checked.body },
      { onSuccess: () => onDone(paused ? `Paused “${name}”.` : `Resumed “${name}”.`) },
    );
  }

  return (
    <tr>
      <th scope="row" className="table__primary">
        <span className="table__name">{name}</span>
        <span className="table__sub">
          {rule.period === 'daily' ? 'At most once a day' : 'At most once a week'}
        </span>
        {rule.paused && <span className="badge badge--muted report-table__paused">Paused</span>}
      </th>
      <td data-label="Rule">{describeRule(rule)}</td>
      <td data-label="Sends">
        {whatIsSent(rule)}
        <span className="table__sub" title={rule.recipients.join(', ')}>
          to {recipientsText(rule.recipients)}
        </span>
      </td>
      <td data-label="Last fired">
        {rule.lastFiredAt ? formatDateTime(rule.lastFiredAt) : <span className="muted">Never</span>}
        <button
          type="button"
          className="button button--ghost button--small report-firings__toggle"
          aria-expanded={showFirings}
          onClick={() => setShowFirings((current) => !current)}
        >
          {showFirings ? 'Hide firings' : 'Firings'}
          <span className="visually-hidden"> of {name}</span>
        </button>
        {showFirings && <Firings rule={rule} />}
      </td>
      <td className="report-actions-cell">
        <div className="report-actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={onEdit}
            disabled={update.isPending}
          >
            Edit<span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setPaused(!rule.paused)}
            disabled={update.isPending}
          >
            {rule.paused ? 'Resume' : 'Pause'}
            <span className="visually-hidden"> {name}</span>
          </button>
          <button
            type="button"
            className="button button--ghost button--small report-actions__danger"
            onClick={onDelete}
            disabled={update.isPending}
          >
            Delete<span className="visually-hidden"> {name}</span>
          </button>
        </div>
        {update.isError && (
          <p className="field__error" role="alert">
            {problemMessage(update.error)}
          </p>
        )}
      </td>
    </tr>
  );
}

function Firings({ rule }: { rule: AlertRule }) {
  const firings = useQuery(alertFiringsOptions(rule.id));
  if (firings.isPending) return <p className="field__hint">Loading…</p>;
  if (firings.isError) return <p className="field__error">{problemMessage(firings.error)}</p>;
  if (firings.data.length === 0) return <p className="field__hint">It has not fired yet.</p>;
  const unit = isPercent(rule.metric) ? '%' : '';
  return (
    <ul className="report-firings">
      {firings.data.map((firing) => (
        <li key={firing.id}>
          {formatDateTime(firing.firedAt)} · {firing.value}
          {unit}
        </li>
      ))}
    </ul>
  );
}
