import type { Building, Contact } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { ContactPickerItem } from '../../../components/contact-picker-item';
import { SearchPicker, useSearchPicker } from '../../../components/search-picker';
import { contactName } from '../../../lib/contact-name';
import { contactSearchOptions, useLinkContactBuilding } from '../api/building-contacts';

/** Search every contact by name or email, then link one to the building directly. */
export function ContactPicker({ building, onClose }: { building: Building; onClose: () => void }) {
  const picker = useSearchPicker();
  const results = useQuery(contactSearchOptions(picker.query));
  const link = useLinkContactBuilding();
  const failedId = link.isError ? link.variables?.params.path.id : undefined;

  function add(contact: Contact) {
    picker.announce('');
    link.mutate(
      { params: { path: { id: contact.id, buildingId: building.id } } },
      {
        onSuccess: () => picker.announce(`${contactName(contact)} was added to ${building.name}.`),
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
      renderItem={(contact) => (
        <ContactPickerItem
          key={contact.id}
          contact={contact}
          linked={contact.buildings.some((b) => b.buildingId === building.id)}
          adding={link.isPending && link.variables?.params.path.id === contact.id}
          disabled={link.isPending}
          error={failedId === contact.id ? problemMessage(link.error) : undefined}
          onAdd={() => add(contact)}
        />
      )}
    />
  );
}
