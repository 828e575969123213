import { problemMessage } from '@portico/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { ListSkeleton } from '../../../components/list-skeleton';
import { LoadMore } from '../../../components/load-more';
import { QueryError } from '../../../components/query-error';
import { eventChoices } from '../api/event-types';
import {
  type DeliveryFilter,
  type DeliveryStatus,
  useReplayWebhookDelivery,
  type WebhookDelivery,
  type WebhookEndpoint,
  webhookDeliveriesOptions,
} from '../api/webhooks';
import { formatDateTime } from './format';

const statusBadge: Record<DeliveryStatus, string> = {
  pending: 'badge badge--neutral',
  succeeded: 'badge badge--success',
  failed: 'badge badge--danger',
};

/** The endpoint's deliveries, newest first, with filters, answers and a replay per row. */
export function DeliveryLog({ endpoint }: { endpoint: WebhookEndpoint }) {
  const [filter, setFilter] = useState<DeliveryFilter>({});
  const deliveries = useInfiniteQuery(webhookDeliveriesOptions(endpoint.id, filter));
  const rows = deliveries.data?.pages.flatMap((p) => p.items) ?? [];
  const total = deliveries.data?.pages[0]?.total ?? 0;
  const replay = useReplayWebhookDelivery();
  const statusId = useId();
  const eventId = useId();

  return (
    <section className="stack" aria-labelledby={`${statusId}-title`}>
      <h3 id={`${statusId}-title`} className="webhook-panel__subtitle">
        Delivery log
      </h3>
      <div className="webhook-filters">
        <div className="field">
          <label className="field__label" htmlFor={statusId}>
            Status
          </label>
          <select
            id={statusId}
            className="field__input"
            value={filter.status ?? ''}
            onChange={(e) =>
              setFilter((f) => ({ ...f, status: (e.target.value || undefined) as DeliveryStatus }))
            }
          >
            <option value="">Any</option>
            <option value="pending">Pending</option>
            <option value="succeeded">Succeeded</option>
            <option value="failed">Failed</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={eventId}>
            Event
          </label>
          <select
            id={eventId}
            className="field__input"
            value={filter.event ?? ''}
            onChange={(e) => setFilter((f) => ({ ...f, event: e.target.value || undefined }))}
          >
            <option value="">Any</option>
            <option value="webhook.test">webhook.test</option>
            {eventChoices.map((c) => (
              <option key={c.type} value={c.type}>
                {c.type}
              </option>
            ))}
          </select>
        </div>
      </div>
      {replay.error ? (
        <p className="alert alert--error" role="alert">
          {problemMessage(replay.error)}
        </p>
      ) : null}
      <p className="form-status" role="status">
        {replay.isSuccess ? 'Replay queued: it appears at the top of the log.' : ''}
      </p>

      {deliveries.isPending ? (
        <ListSkeleton label="Loading deliveries" />
      ) : deliveries.isError && rows.length === 0 ? (
        <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} what="deliveries" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h4 className="state__title">No deliveries{filter.status || filter.event ? ' match' : ' yet'}</h4>
          <p className="state__text">
            {filter.status || filter.event
              ? 'Try another status or event.'
              : 'Events this endpoint subscribes to appear here as they happen. Send a test event to try it.'}
          </p>
        </section>
      ) : (
        <>
          <p className="muted">
            {total.toLocaleString()} {total === 1 ? 'delivery' : 'deliveries'}
          </p>
          <div className="table-wrap">
            <table className="table table--cards">
              <caption className="visually-hidden">Deliveries to {endpoint.url}</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Answer</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Created</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <DeliveryRow
                    key={d.id}
                    delivery={d}
                    canReplay={endpoint.enabled}
                    replaying={replay.isPending && replay.variables?.params.path.deliveryId === d.id}
                    onReplay={() =>
                      replay.mutate({ params: { path: { id: endpoint.id, deliveryId: d.id } } })
                    }
                  />
                ))}
              </tbody>
            </table>
          </div>
          <LoadMore query={deliveries} what="deliveries" />
        </>
      )}
    </section>
  );
}

interface DeliveryRowProps {
  delivery: WebhookDelivery;
  canReplay: boolean;
  replaying: boolean;
  onReplay: () => void;
}

function DeliveryRow({ delivery: d, canReplay, replaying, onReplay }: DeliveryRowProps) {
  return (
    <tr>
      <th scope="row" className="table__primary">
        <code className="table__name">{d.eventType}</code>
        <span className="table__sub">
          Event {d.eventId.slice(0, 8)}
          {d.replayOf ? ' · replay' : ''}
        </span>
      </th>
      <td data-label="Status">
        <span className={statusBadge[d.status]}>{d.status}</span>
        {d.status === 'pending' && d.nextAttemptAt && (
          <span className="table__sub">Next try {formatDateTime(d.nextAttemptAt)}</span>
        )}
      </td>
      <td data-label="Answer">
        {d.lastResponseCode !== null ? (
          <code>HTTP {d.lastResponseCode}</code>
        ) : (
          <span className="muted">—</span>
        )}
        {d.lastError && <span className="table__sub webhook__error">{d.lastError}</span>}
      </td>
      <td data-label="Attempts">{d.attempts}</td>
      <td data-label="Created">
        {formatDateTime(d.createdAt)}
        {d.deliveredAt && <span className="table__sub">Delivered {formatDateTime(d.deliveredAt)}</span>}
      </td>
      <td className="webhook__action">
        {canReplay && d.status !== 'pending' && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onReplay}
            disabled={replaying}
          >
            {replaying ? 'Replaying…' : 'Replay'}
            <span className="visually-hidden">
              {' '}
              {d.eventType} delivery of {formatDateTime(d.createdAt)}
            </span>
          </button>
        )}
      </td>
    </tr>
  );
}
