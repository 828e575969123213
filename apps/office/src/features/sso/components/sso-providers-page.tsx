import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ConfirmDialog, Dialog } from '../../../components/dialog';
import { ListSkeleton } from '../../../components/list-skeleton';
import { NoPermission } from '../../../components/no-permission';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import {
  type SsoProvider,
  ssoProvidersOptions,
  useCreateSsoProvider,
  useDeleteSsoProvider,
  useUpdateSsoProvider,
} from '../api/sso-providers';
import { CopyField } from './copy-field';
import { ProviderForm, type ProviderFormValues } from './provider-form';
import { ProvidersTable } from './providers-table';

export function SsoProvidersPage() {
  const allowed = useCan('settings.manage');
  return (
    <>
      <title>Single sign-on · Settings · Portico</title>
      {allowed === undefined ? (
        <ListSkeleton label="Loading single sign-on" />
      ) : allowed ? (
        <SsoProviders />
      ) : (
        <NoPermission />
      )}
    </>
  );
}

type Editing = { kind: 'new' } | { kind: 'edit'; provider: SsoProvider } | null;

function SsoProviders() {
  const providers = useQuery(ssoProvidersOptions());
  const rows = providers.data?.items ?? [];
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<SsoProvider | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const update = useUpdateSsoProvider();
  const remove = useDeleteSsoProvider();
  const rowError = update.error;

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Single sign-on</h1>
          <p className="page-header__text">
            Let customers sign in to the portal with an account they already have (Microsoft, Google, or their
            own OpenID Connect provider). A sign-in counts only when the provider has verified the email, and
            it must belong to a contact you have invited.
          </p>
        </div>
        <button
          type="button"
          className="button button--primary"
          ref={addButton}
          onClick={() => setEditing({ kind: 'new' })}
        >
          Add provider
        </button>
      </header>

      {providers.data && (
        <div className="stack">
          <CopyField
            label="Redirect URI"
            value={providers.data.redirectUri}
            hint="Register this at the provider as the app's redirect (reply) URI: it is the same for every provider."
          />
          <CopyField
            label="Sign-in link for customers"
            value={providers.data.signInUrl}
            hint="Share this link (or put it on your website): its sign-in page shows your providers' buttons."
          />
        </div>
      )}

      {rowError !== null && rowError !== undefined && (
        <p className="alert alert--error" role="alert">
          {problemMessage(rowError)}
        </p>
      )}

      {providers.isPending ? (
        <ListSkeleton label="Loading sign-in providers" />
      ) : providers.isError ? (
        <QueryError
          error={providers.error}
          onRetry={() => void providers.refetch()}
          what="sign-in providers"
        />
      ) : rows.length === 0 ? (
        <section className="state">
          <h2 className="state__title">No sign-in providers yet</h2>
          <p className="state__text">
            Register Portico as an app at the provider with the redirect URI above, then add its issuer URL,
            client ID and client secret here. Customers then see “Sign in with …” on the sign-in page.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ kind: 'new' })}
          >
            Add the first provider
          </button>
        </section>
      ) : (
        <ProvidersTable
          providers={rows}
          busy={update.isPending || remove.isPending}
          onEdit={(provider) => setEditing({ kind: 'edit', provider })}
          onToggle={(provider) =>
            update.mutate({ params: { path: { id: provider.id } }, body: { enabled: !provider.enabled } })
          }
          onDelete={(provider) => {
            remove.reset();
            setRemoving(provider);
          }}
        />
      )}

      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.displayName ?? 'provider'}?`}
        confirmLabel="Remove"
        pendingLabel="Removing…"
        pending={remove.isPending}
        error={remove.error ? problemMessage(remove.error) : undefined}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate({ params: { path: { id: removing.id } } }, { onSuccess: () => setRemoving(null) })
        }
      >
        Its button leaves the sign-in page. Customers who used it can still sign in with a password or an
        emailed link.
      </ConfirmDialog>

      <ProviderDialog
        editing={editing}
        onClose={() => {
          setEditing(null);
          addButton.current?.focus();
        }}
      />
    </>
  );
}

function ProviderDialog({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const create = useCreateSsoProvider();
  const update = useUpdateSsoProvider();
  const provider = editing?.kind === 'edit' ? editing.provider : undefined;
  const mutation = provider ? update : create;

  const submit = (values: ProviderFormValues) => {
    const { clientSecret, ...rest } = values;
    if (provider) {
      update.mutate(
        { params: { path: { id: provider.id } }, body: { ...rest, ...(clientSecret && { clientSecret }) } },
        { onSuccess: onClose },
      );
    } else {
      create.mutate({ body: { ...rest, clientSecret } }, { onSuccess: onClose });
    }
  };

  return (
    <Dialog
      open={editing !== null}
      onClose={onClose}
      title={provider ? `Edit ${provider.displayName}` : 'Add a sign-in provider'}
      busy={mutation.isPending}
    >
      <ProviderForm
        key={provider?.id ?? 'new'}
        {...(provider && { editing: provider })}
        pending={mutation.isPending}
        error={mutation.error}
        onCancel={onClose}
        onSubmit={submit}
      />
    </Dialog>
  );
}
