import type { ApiKey } from '../api/api-keys';
import { scopeLabel } from '../api/scopes';
import { formatDateTime } from './format';

interface ApiKeysTableProps {
  apiKeys: ApiKey[];
  onRevoke: (apiKey: ApiKey) => void;
}

/** A table on wide screens, cards on a phone (the shared `table--cards` pattern). */
export function ApiKeysTable({ apiKeys, onRevoke }: ApiKeysTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">API keys</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key starts with</th>
            <th scope="col">Scopes</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {apiKeys.map((key) => (
            <tr key={key.id} className={key.revokedAt ? 'api-key--revoked' : undefined}>
              <th scope="row" className="table__primary">
                <span className="table__name">{key.name}</span>
              </th>
              <td data-label="Key starts with">
                <code className="api-key__prefix">{key.prefix}…</code>
              </td>
              <td data-label="Scopes">
                <span className="api-key__scopes">
                  {key.scopes.map((scope) => (
                    <span key={scope} className="badge badge--neutral" title={scope}>
                      {scopeLabel(scope)}
                    </span>
                  ))}
                </span>
              </td>
              <td data-label="Created">{formatDateTime(key.createdAt)}</td>
              <td data-label="Last used">
                {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : <span className="muted">Never</span>}
              </td>
              <td data-label="Status">
                {key.revokedAt ? (
                  <span className="api-key__status">
                    <span className="badge badge--muted">Revoked</span>
                    <span className="table__sub">{formatDateTime(key.revokedAt)}</span>
                  </span>
                ) : (
                  <span className="badge badge--success">Active</span>
                )}
              </td>
              <td className="api-key__action">
                {!key.revokedAt && (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onRevoke(key)}
                  >
                    Revoke<span className="visually-hidden"> {key.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
