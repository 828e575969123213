import type { AccountDetail, Contact } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ContactPickerItem } from '../../../components/contact-picker-item';
import { SearchPicker, useSearchPicker } from '../../../components/search-picker';
import { contactName } from '../../../lib/contact-name';
import { contactSearchOptions, useLinkContactAccount } from '../api/account-contacts';

/** Search every contact by name or email, then add one to the account, optionally as its billing contact. */
export function ContactPicker({ account, onClose }: { account: AccountDetail; onClose: () => void }) {
  const picker = useSearchPicker();
  const [billing, setBilling] = useState(false);
  const results = useQuery(contactSearchOptions(picker.query));
  const link = useLinkContactAccount();
  const failedId = link.isError ? link.variables?.params.path.id : undefined;

  function add(contact: Contact) {
    picker.announce('');
    link.mutate(
      { params: { path: { id: contact.id, accountId: account.id } }, body: { isBillingContact: billing } },
      {
        onSuccess: () => picker.announce(`${contactName(contact)} was added to ${account.name}.`),
      },
    );
  }

  return (
    <SearchPicker
      title="Add an existing contact"
      searchLabel="Search contacts by name or email"
      what="contacts"
      picker={picker}
      results={results}
      onClose={onClose}
      controls={
        <label className="checkbox">
          <input type="checkbox" checked={billing} onChange={(event) => setBilling(event.target.checked)} />
          <span>Add as billing contact</span>
        </label>
      }
      renderItem={(contact) => (
        <ContactPickerItem
          key={contact.id}
          contact={contact}
          linked={contact.accounts.some((a) => a.accountId === account.id)}
          adding={link.isPending && link.variables?.params.path.id === contact.id}
          disabled={link.isPending}
          error={failedId === contact.id ? problemMessage(link.error) : undefined}
          onAdd={() => add(contact)}
        />
      )}
    />
  );
}
