import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useCan } from '../../../lib/permissions';
import { settingsOptions, useSetPrivateTargets } from '../api/private-targets';

/**
 * The SSRF guard's switch. Off (the default), endpoints on private, loopback or link-local
 * addresses are refused; an on-premises receiver needs it on. Changing it needs settings.manage.
 */
export function PrivateTargets() {
  const settings = useQuery(settingsOptions());
  const canChange = useCan('settings.manage') === true;
  const set = useSetPrivateTargets();
  if (!settings.data) return null;
  const allowed = settings.data.webhooksAllowPrivateTargets;
  return (
    <section className="webhook-private stack">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={set.isPending ? set.variables : allowed}
          disabled={!canChange || set.isPending}
          onChange={(event) => set.mutate(event.target.checked)}
        />
        <span>
          Allow endpoints on private networks
          <span className="muted webhook-private__hint">
            Only for a receiver inside your own network. Off, URLs that resolve to private, loopback or
            link-local addresses are refused, so no one can point Portico at internal services.
            {canChange ? '' : ' Changing this needs the settings permission.'}
          </span>
        </span>
      </label>
      {set.error ? (
        <p className="alert alert--error" role="alert">
          {problemMessage(set.error)}
        </p>
      ) : null}
    </section>
  );
}
