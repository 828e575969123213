import type { BlockReason, DocumentKind, Grant } from './audience';

/** The access area a document kind falls under, as the contact's access checkboxes name it. */
export const areaNames: Record<DocumentKind, string> = {
  inspection_report: 'inspection reports',
  service_report: 'service reports',
  proposal: 'proposals',
  invoice: 'invoices',
};

/** Where a grant's link points, and the words before its name. */
export const grantLooks: Record<Grant['rule'], { lead: string; path: string }> = {
  account_link: { lead: 'Linked to the account', path: '/accounts' },
  building_link: { lead: 'Linked to the building', path: '/buildings' },
  client_group: { lead: 'In the client group', path: '/client-groups' },
};

/**
 * Why a contact with a link still cannot see it, in plain words. `subject` is "this building" or
 * "this document"; `area` the document's access area ("proposals").
 */
export function blockedReason(reason: BlockReason, subject: string, area: string | undefined): string {
  switch (reason) {
    case 'not_enrolled':
      return 'Has not registered for the portal yet.';
    case 'suspended':
      return 'Suspended: cannot sign in until reinstated.';
    case 'area':
      return `Their access does not include ${area ?? 'this kind of document'}.`;
    case 'unpublished':
      return `${capitalize(subject)} is not published yet.`;
    case 'inactive_account':
      return 'The account is inactive, so the portal hides its buildings and documents.';
    case 'outside_client_group':
      return `They use the portal as a client group, and ${subject} belongs to an account outside their group.`;
  }
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
