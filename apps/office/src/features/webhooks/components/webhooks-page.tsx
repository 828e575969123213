import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ListSkeleton } from '../../../components/list-skeleton';
import { NoPermission } from '../../../components/no-permission';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { webhookEndpointsOptions } from '../api/webhooks';
import { EndpointPanel } from './endpoint-panel';
import { EndpointsTable } from './endpoints-table';
import { NewEndpointDialog } from './new-endpoint-dialog';
import { PrivateTargets } from './private-targets';

export function WebhooksPage() {
  const allowed = useCan('integrations.manage');
  return (
    <>
      <title>Webhooks · Integrations · Portico</title>
      {allowed === undefined ? (
        <ListSkeleton label="Loading webhooks" />
      ) : allowed ? (
        <Webhooks />
      ) : (
        <NoPermission />
      )}
    </>
  );
}

function Webhooks() {
  const endpoints = useQuery(webhookEndpointsOptions());
  const rows = endpoints.data?.items ?? [];
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  // The chosen endpoint, or the only one: a single endpoint needs no choosing.
  const selected = rows.find((e) => e.id === selectedId) ?? (rows.length === 1 ? rows[0] : undefined);
  const disabledCount = rows.filter((e) => !e.enabled).length;

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Webhooks</h1>
          <p className="page-header__text">
            Portico POSTs what happens in the portal (enrollments, proposal decisions, document views…) to
            your other systems, signed with a secret they can check.
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          ref={newButton}
          onClick={() => setCreating(true)}
        >
          New endpoint
        </button>
      </header>

      {disabledCount > 0 && (
        <p className="alert alert--error" role="alert">
          {disabledCount === 1 ? 'One endpoint is' : `${disabledCount} endpoints are`} disabled after failing
          for too long: open it to see why and enable it again.
        </p>
      )}

      {endpoints.isPending ? (
        <ListSkeleton label="Loading webhook endpoints" />
      ) : endpoints.isError ? (
        <QueryError
          error={endpoints.error}
          onRetry={() => void endpoints.refetch()}
          what="webhook endpoints"
        />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">No webhook endpoints yet</h2>
          <p className="state__text">
            An endpoint is a URL of your CRM or automation tool. Choose the events it should hear about; each
            one is delivered with retries for about a day, and you can see every delivery here.
          </p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            Add the first endpoint
          </button>
        </section>
      ) : (
        <>
          <EndpointsTable
            endpoints={rows}
            selectedId={selected?.id ?? null}
            onSelect={(e) => setSelectedId(e.id)}
          />
          {selected && (
            <EndpointPanel key={selected.id} endpoint={selected} onDeleted={() => setSelectedId(null)} />
          )}
        </>
      )}

      <PrivateTargets />

      <NewEndpointDialog
        open={creating}
        onClose={() => {
          setCreating(false);
          newButton.current?.focus();
        }}
      />
    </>
  );
}
