import type { Account, ClientGroup } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { PickerAdd, PickerItem, SearchPicker, useSearchPicker } from '../../../components/search-picker';
import { accountSearchOptions, useSetAccountGroup } from '../api/group-accounts';

/** Search accounts by name and add one to the group; an account in another group moves. */
export function AccountPicker({ group, onClose }: { group: ClientGroup; onClose: () => void }) {
  const picker = useSearchPicker();
  const results = useQuery(accountSearchOptions(picker.query));
  const update = useSetAccountGroup();
  const failedId = update.isError ? update.variables?.params.path.id : undefined;

  function add(account: Account) {
    picker.announce('');
    update.mutate(
      { params: { path: { id: account.id } }, body: { clientGroupId: group.id } },
      {
        onSuccess: () => picker.announce(`${account.name} was added to ${group.name}.`),
      },
    );
  }

  return (
    <SearchPicker
      title="Add an account"
      searchLabel="Search accounts by name"
      what="accounts"
      picker={picker}
      results={results}
      onClose={onClose}
      renderItem={(account) => {
        const member = account.clientGroupId === group.id;
        const elsewhere = account.clientGroupId !== null && !member;
        return (
          <PickerItem
            key={account.id}
            name={account.name}
            sub={elsewhere && 'In another group: adding moves it here.'}
            error={failedId === account.id ? problemMessage(update.error) : undefined}
          >
            {!account.active && <span className="badge badge--muted">Inactive</span>}
            <PickerAdd
              name={account.name}
              done={member ? 'In this group' : null}
              label={elsewhere ? 'Move here' : 'Add'}
              adding={update.isPending && update.variables?.params.path.id === account.id}
              disabled={update.isPending}
              onAdd={() => add(account)}
            />
          </PickerItem>
        );
      }}
    />
  );
}
