import { useQuery } from '@tanstack/react-query';
import { QueryError } from '../../../components/query-error';
import { useHasPermission } from '../api/permissions';
import { settingsOptions } from '../api/settings';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  const settings = useQuery(settingsOptions());
  const canManage = useHasPermission('settings.manage');

  return (
    <>
      <title>Settings · Portico</title>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Settings</h1>
          <p className="page-header__text">Your organization, its invitations and the customer portal.</p>
        </div>
      </header>
      {settings.isPending ? (
        <div className="skeleton-list" role="status" aria-label="Loading settings">
          {Array.from({ length: 4 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <div key={i} className="skeleton-row">
              <span className="skeleton skeleton--wide" />
              <span className="skeleton" />
            </div>
          ))}
        </div>
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} what="settings" />
      ) : (
        // Locked until /me says otherwise: a form that locks after being typed into is worse.
        <SettingsForm settings={settings.data} canManage={canManage} />
      )}
    </>
  );
}
