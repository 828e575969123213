import type { SsoProvider } from '../api/sso-providers';

interface ProvidersTableProps {
  providers: SsoProvider[];
  busy: boolean;
  onEdit: (provider: SsoProvider) => void;
  onToggle: (provider: SsoProvider) => void;
  onDelete: (provider: SsoProvider) => void;
}

/** A table on wide screens, cards on a phone (the shared `table--cards` pattern). */
export function ProvidersTable({ providers, busy, onEdit, onToggle, onDelete }: ProvidersTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">Sign-in providers</caption>
        <thead>
          <tr>
            <th scope="col">Button name</th>
            <th scope="col">Client ID</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {providers.map((provider) => (
            <tr key={provider.id}>
              <th scope="row" className="table__primary">
                <span className="table__name">{provider.displayName}</span>
                <span className="table__sub">{provider.issuerUrl}</span>
              </th>
              <td data-label="Client ID">
                <code>{provider.clientId}</code>
              </td>
              <td data-label="Status">
                {provider.enabled ? (
                  <span className="badge badge--success">Enabled</span>
                ) : (
                  <span className="badge badge--neutral">Disabled</span>
                )}
              </td>
              <td className="table__actions">
                <div className="actions">
                  <button type="button" className="button button--secondary" onClick={() => onEdit(provider)}>
                    Edit<span className="visually-hidden"> {provider.displayName}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    onClick={() => onToggle(provider)}
                  >
                    {provider.enabled ? 'Disable' : 'Enable'}
                    <span className="visually-hidden"> {provider.displayName}</span>
                  </button>
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    onClick={() => onDelete(provider)}
                  >
                    Remove<span className="visually-hidden"> {provider.displayName}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
