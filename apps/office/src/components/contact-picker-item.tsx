import type { Contact } from '@portico/api-client';
import { contactName } from '../lib/contact-name';
import { PortalStatusBadge } from './portal-status-badge';
import { PickerAdd, PickerItem } from './search-picker';

interface ContactPickerItemProps {
  contact: Contact;
  /** Already linked to the account or building the picker adds to. */
  linked: boolean;
  adding: boolean;
  disabled: boolean;
  error: string | undefined;
  onAdd: () => void;
}

/** One contact in an "Add an existing contact" picker: who, their portal status, Add or Linked. */
export function ContactPickerItem({
  contact,
  linked,
  adding,
  disabled,
  error,
  onAdd,
}: ContactPickerItemProps) {
  const name = contactName(contact);
  return (
    <PickerItem name={name} sub={contact.email ?? 'No email'} error={error}>
      <PortalStatusBadge status={contact.portalStatus} />
      <PickerAdd
        name={name}
        done={linked ? 'Linked' : null}
        adding={adding}
        disabled={disabled}
        onAdd={onAdd}
      />
    </PickerItem>
  );
}
