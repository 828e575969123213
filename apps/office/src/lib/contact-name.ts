/** "Dana Rivera", or whichever part a contact has: the one way the console names a person. */
export function contactName(contact: { firstName: string; lastName: string }): string {
  return [contact.firstName, contact.lastName].filter(Boolean).join(' ');
}
