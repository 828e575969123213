import type { WebhookEndpoint } from '../api/webhooks';
import { formatDateTime } from './format';

interface EndpointsTableProps {
  endpoints: WebhookEndpoint[];
  selectedId: string | null;
  onSelect: (endpoint: WebhookEndpoint) => void;
}

/** A table on wide screens, cards on a phone (the shared `table--cards` pattern). */
export function EndpointsTable({ endpoints, selectedId, onSelect }: EndpointsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">Webhook endpoints</caption>
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">Events</th>
            <th scope="col">Secret starts with</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id} aria-selected={endpoint.id === selectedId}>
              <th scope="row" className="table__primary">
                <span className="table__name webhook__url">{endpoint.url}</span>
                {endpoint.description && <span className="table__sub">{endpoint.description}</span>}
              </th>
              <td data-label="Events">
                <span className="webhook__events">
                  {endpoint.events.map((type) => (
                    <code key={type} className="badge badge--neutral">
                      {type}
                    </code>
                  ))}
                </span>
              </td>
              <td data-label="Secret starts with">
                <code>{endpoint.secretPrefix}…</code>
              </td>
              <td data-label="Status">
                {endpoint.enabled ? (
                  endpoint.consecutiveFailures > 0 || endpoint.failingSince ? (
                    <span className="badge badge--warning">Failing</span>
                  ) : (
                    <span className="badge badge--success">Enabled</span>
                  )
                ) : (
                  <span className="webhook__status">
                    <span className="badge badge--danger">Disabled</span>
                    {endpoint.disabledAt && (
                      <span className="table__sub">{formatDateTime(endpoint.disabledAt)}</span>
                    )}
                  </span>
                )}
              </td>
              <td className="webhook__action">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-pressed={endpoint.id === selectedId}
                  onClick={() => onSelect(endpoint)}
                >
                  Manage<span className="visually-hidden"> {endpoint.url}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
