import { Spinner } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { NoPermission } from '../../../components/no-permission';
import { usePermissions } from '../../../lib/permissions';
import { accountOptions, buildingOptions } from '../api/lookups';
import { NewContactForm } from './new-contact-form';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const idParam = (value: string | null) => (value && uuidPattern.test(value) ? value : '');

/** `/contacts/new`, or `?accountId=` / `?buildingId=` from an account's or building's page. */
export function NewContactPage() {
  const [params] = useSearchParams();
  const accountId = idParam(params.get('accountId'));
  const buildingId = idParam(params.get('buildingId'));
  const { can, known } = usePermissions();
  const account = useQuery({ ...accountOptions(accountId), enabled: accountId !== '' });
  const building = useQuery({ ...buildingOptions(buildingId), enabled: buildingId !== '' });

  // The form starts with the preselected links, so it waits for their names.
  const waiting = (accountId !== '' && account.isPending) || (buildingId !== '' && building.isPending);
  const notFound = (accountId !== '' && account.isError) || (buildingId !== '' && building.isError);
  const cancelTo = accountId
    ? `/accounts/${accountId}`
    : buildingId
      ? `/buildings/${buildingId}`
      : '/contacts';

  return (
    <>
      <title>New contact · Portico</title>
      <Breadcrumb to="/contacts" list="Contacts" current="New contact" />
      <header className="page-header">
        <div>
          <h1 className="page-header__title">New contact</h1>
          <p className="page-header__text">A person at one of your customers.</p>
        </div>
      </header>
      {known && !can('contacts.write') ? (
        <NoPermission />
      ) : waiting ? (
        <p className="contacts-loading" role="status">
          <Spinner size="sm" /> Loading…
        </p>
      ) : (
        <>
          {notFound && (
            <p className="alert alert--warning" role="status">
              The account or building this link named could not be found; choose it below instead.
            </p>
          )}
          <NewContactForm
            cancelTo={cancelTo}
            initial={{
              accounts: account.data
                ? [{ id: account.data.id, name: account.data.name, isBillingContact: false }]
                : [],
              buildings: building.data
                ? [
                    {
                      id: building.data.id,
                      name: building.data.name,
                      sub: [building.data.accountName, building.data.city].filter(Boolean).join(' · '),
                    },
                  ]
                : [],
            }}
          />
        </>
      )}
    </>
  );
}
