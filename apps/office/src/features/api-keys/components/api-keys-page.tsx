import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ListSkeleton } from '../../../components/list-skeleton';
import { ListSummary } from '../../../components/list-summary';
import { LoadMore } from '../../../components/load-more';
import { NoPermission } from '../../../components/no-permission';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { type ApiKey, apiDocsUrl, apiKeysListOptions } from '../api/api-keys';
import { ApiKeysTable } from './api-keys-table';
import { NewApiKeyDialog } from './new-api-key-dialog';
import { RevokeApiKeyDialog } from './revoke-api-key-dialog';

export function ApiKeysPage() {
  const allowed = useCan('integrations.manage');
  return (
    <>
      <title>API keys · Integrations · Portico</title>
      {allowed === undefined ? (
        <ListSkeleton label="Loading API keys" />
      ) : allowed ? (
        <ApiKeys />
      ) : (
        <NoPermission />
      )}
    </>
  );
}

function ApiKeys() {
  const keys = useInfiniteQuery(apiKeysListOptions());
  const rows = keys.data?.pages.flatMap((page) => page.items) ?? [];
  const total = keys.data?.pages[0]?.total ?? 0;
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">API keys</h1>
          <p className="page-header__text">
            Keys let your other systems push accounts, buildings, contacts and portal content in.{' '}
            <a href={apiDocsUrl} target="_blank" rel="noreferrer">
              API documentation
            </a>
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          ref={newButton}
          onClick={() => setCreating(true)}
        >
          New API key
        </button>
      </header>

      <ListSummary
        noun={['key', 'keys']}
        total={total}
        shown={rows.length}
        updating={keys.isFetching && !keys.isPending && !keys.isFetchingNextPage}
      />

      {keys.isPending ? (
        <ListSkeleton label="Loading API keys" />
      ) : keys.isError && rows.length === 0 ? (
        <QueryError error={keys.error} onRetry={() => void keys.refetch()} what="API keys" />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">No API keys yet</h2>
          <p className="state__text">
            An API key lets your operations or accounting system send Portico what your customers see in the
            portal: accounts, buildings, contacts, reports, invoices, defects and quotes. Each key may only
            write what its scopes allow, and you can revoke it at any time.
          </p>
          <p className="state__text">
            How to call the API is described in the{' '}
            <a href={apiDocsUrl} target="_blank" rel="noreferrer">
              API documentation
            </a>
            .
          </p>
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            Create the first key
          </button>
        </section>
      ) : (
        <>
          <ApiKeysTable apiKeys={rows} onRevoke={setRevoking} />
          <LoadMore query={keys} what="API keys" />
        </>
      )}

      <NewApiKeyDialog
        open={creating}
        onClose={() => {
          setCreating(false);
          newButton.current?.focus();
        }}
      />
      <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
