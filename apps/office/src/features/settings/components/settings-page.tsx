import { useQuery } from '@tanstack/react-query';
import { ListSkeleton } from '../../../components/list-skeleton';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { settingsOptions } from '../api/settings';
import { SettingsForm } from './settings-form';

export function SettingsPage() {
  const settings = useQuery(settingsOptions());
  const canManage = useCan('settings.manage');

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
        <ListSkeleton label="Loading settings" rows={4} columns={2} />
      ) : settings.isError ? (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} what="settings" />
      ) : (
        // Locked until /me says otherwise: a form that locks after being typed into is worse.
        <SettingsForm settings={settings.data} canManage={canManage} />
      )}
    </>
  );
}
