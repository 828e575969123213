import { problemMessage } from '@portico/api-client';
import { Link } from 'react-router';
import { contactName } from '../../../lib/contact-name';
import { useCan } from '../../../lib/permissions';
import type { ContactDetail } from '../api/contact';
import {
  useLinkAccount,
  useLinkBuilding,
  useUnlinkAccount,
  useUnlinkBuilding,
} from '../api/contact-mutations';
import { type PendingAccessChange, useAccessChangeConfirmation } from './access-change-dialog';
import { AccountPicker, BuildingPicker } from './lookup-pickers';

interface LinksProps {
  contact: ContactDetail;
  canWrite: boolean;
}

interface LinkListProps extends LinksProps {
  /** Asks (after a dry run) before a link change that alters what the contact sees. */
  confirm: (pending: PendingAccessChange) => void;
  checking: boolean;
}

/**
 * Each change is saved at once (PUT / DELETE of one link), so there is nothing to forget to save;
 * but first the confirmation step says what the contact would gain or lose by it.
 */
export function ContactLinksSection({ contact, canWrite }: LinksProps) {
  const confirmation = useAccessChangeConfirmation(
    { id: contact.id, name: contactName(contact) },
    useCan('access.manage') === true,
  );
  const lists = { contact, canWrite, confirm: confirmation.request, checking: confirmation.checking };
  return (
    <section className="card" aria-labelledby="contact-links-title">
      <h2 id="contact-links-title" className="card__title">
        Accounts and buildings
      </h2>
      <p className="field__hint">
        They see every building of the accounts below, now and later, plus the buildings linked on their own.
      </p>
      <AccountLinks {...lists} />
      <BuildingLinks {...lists} />
      {confirmation.dialog}
    </section>
  );
}

function AccountLinks({ contact, canWrite, confirm, checking }: LinkListProps) {
  const link = useLinkAccount();
  const unlink = useUnlinkAccount();
  const id = contact.id;
  const accountIds = contact.accounts.map((a) => a.accountId);
  const busyId = link.isPending
    ? link.variables.params.path.accountId
    : unlink.isPending
      ? unlink.variables.params.path.accountId
      : checking
        ? 'checking'
        : null;
  const error = link.error ?? unlink.error;

  return (
    <div className="contact-links">
      <h3 className="contact-links__title">Accounts</h3>
      {contact.accounts.length === 0 ? (
        <p className="muted">Not linked to any account.</p>
      ) : (
        <ul className="item-list">
          {contact.accounts.map((account) => (
            <li key={account.accountId} className="item-list__item" aria-busy={busyId === account.accountId}>
              <span className="item-list__main">
                <Link className="item-list__name" to={`/accounts/${account.accountId}`}>
                  {account.accountName}
                </Link>
              </span>
              <label className="checkbox contact-link__flag">
                <input
                  type="checkbox"
                  checked={account.isBillingContact}
                  disabled={!canWrite || busyId !== null}
                  onChange={(event) =>
                    link.mutate({
                      params: { path: { id, accountId: account.accountId } },
                      body: { isBillingContact: event.target.checked },
                    })
                  }
                />
                <span>
                  Billing contact<span className="visually-hidden"> for {account.accountName}</span>
                </span>
              </label>
              {canWrite && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busyId !== null}
                  onClick={() =>
                    confirm({
                      change: { accountIds: accountIds.filter((a) => a !== account.accountId) },
                      what: `Remove the link to the account ${account.accountName}`,
                      apply: () =>
                        unlink.mutateAsync({ params: { path: { id, accountId: account.accountId } } }),
                    })
                  }
                >
                  Remove<span className="visually-hidden"> {account.accountName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {problemMessage(error)}
        </p>
      )}
      {canWrite && (
        <AccountPicker
          label="Link an account"
          excludeIds={accountIds}
          disabled={busyId !== null}
          onSelect={(account) =>
            confirm({
              change: { accountIds: [...accountIds, account.id] },
              what: `Link the account ${account.label}`,
              apply: () =>
                link.mutateAsync({
                  params: { path: { id, accountId: account.id } },
                  body: { isBillingContact: false },
                }),
            })
          }
        />
      )}
    </div>
  );
}

function BuildingLinks({ contact, canWrite, confirm, checking }: LinkListProps) {
  const link = useLinkBuilding();
  const unlink = useUnlinkBuilding();
  const id = contact.id;
  const buildingIds = contact.buildings.map((b) => b.buildingId);
  const busyId = link.isPending
    ? link.variables.params.path.buildingId
    : unlink.isPending
      ? unlink.variables.params.path.buildingId
      : checking
        ? 'checking'
        : null;
  const error = link.error ?? unlink.error;

  return (
    <div className="contact-links">
      <h3 className="contact-links__title">Buildings</h3>
      {contact.buildings.length === 0 ? (
        <p className="muted">Not linked to a single building.</p>
      ) : (
        <ul className="item-list">
          {contact.buildings.map((building) => (
            <li
              key={building.buildingId}
              className="item-list__item"
              aria-busy={busyId === building.buildingId}
            >
              <span className="item-list__main">
                <Link className="item-list__name" to={`/buildings/${building.buildingId}`}>
                  {building.buildingName}
                </Link>
              </span>
              {canWrite && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={busyId !== null}
                  onClick={() =>
                    confirm({
                      change: { buildingIds: buildingIds.filter((b) => b !== building.buildingId) },
                      what: `Remove the link to the building ${building.buildingName}`,
                      apply: () =>
                        unlink.mutateAsync({ params: { path: { id, buildingId: building.buildingId } } }),
                    })
                  }
                >
                  Remove<span className="visually-hidden"> {building.buildingName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="alert alert--error" role="alert">
          {problemMessage(error)}
        </p>
      )}
      {canWrite && (
        <BuildingPicker
          label="Link a building"
          excludeIds={buildingIds}
          disabled={busyId !== null}
          onSelect={(building) =>
            confirm({
              change: { buildingIds: [...buildingIds, building.id] },
              what: `Link the building ${building.label}`,
              apply: () => link.mutateAsync({ params: { path: { id, buildingId: building.id } } }),
            })
          }
        />
      )}
    </div>
  );
}
