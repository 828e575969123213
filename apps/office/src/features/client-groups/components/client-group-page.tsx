import type { ClientGroup } from '@portico/api-client';
import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { DetailSkeleton, NotFoundState } from '../../../components/detail-states';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { clientGroupOptions, useUpdateClientGroup } from '../api/client-groups';
import { ClientGroupForm } from './client-group-form';
import { DeleteClientGroup } from './delete-client-group';
import { GroupAccounts } from './group-accounts';

export function ClientGroupPage() {
  const { clientGroupId = '' } = useParams();
  const group = useQuery(clientGroupOptions(clientGroupId));

  if (group.isPending) return <DetailSkeleton label="Loading client group" />;
  if (group.isError) {
    // A malformed id answers 400, another organization's 404: to the person both are "not found".
    const status = problemStatus(group.error);
    if (status === 404 || status === 400) return <NotFoundState what="client group" back="/client-groups" />;
    return <QueryError error={group.error} onRetry={() => void group.refetch()} what="this client group" />;
  }
  return <ClientGroupDetails group={group.data} />;
}

function ClientGroupDetails({ group }: { group: ClientGroup }) {
  const canWrite = useCan('contacts.write') === true;
  const [renaming, setRenaming] = useState(false);
  const update = useUpdateClientGroup();

  return (
    <>
      <title>{`${group.name} · Client groups · Portico`}</title>
      <Breadcrumb to="/client-groups" list="Client groups" current={group.name} />
      <header className="page-header">
        <div>
          <h1 className="page-header__title">{group.name}</h1>
          <p className="page-header__text page-header__badges">
            <span>{group.accountCount === 1 ? '1 account' : `${group.accountCount} accounts`}</span>
            {group.externalId && <span>#{group.externalId}</span>}
          </p>
        </div>
        {canWrite && !renaming && (
          <div className="actions">
            <button type="button" className="button button--secondary" onClick={() => setRenaming(true)}>
              Rename
            </button>
            <DeleteClientGroup group={group} />
          </div>
        )}
      </header>

      {renaming && (
        <section className="card" aria-labelledby="group-rename-title">
          <h2 id="group-rename-title" className="card__title">
            Rename group
          </h2>
          <ClientGroupForm
            initial={{ name: group.name, externalId: group.externalId ?? '' }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
            pending={update.isPending}
            error={update.error}
            onCancel={() => {
              setRenaming(false);
              update.reset();
            }}
            onSubmit={(body) =>
              update.mutate(
                { params: { path: { id: group.id } }, body },
                { onSuccess: () => setRenaming(false) },
              )
            }
          />
        </section>
      )}

      <GroupAccounts group={group} canWrite={canWrite} />
    </>
  );
}
