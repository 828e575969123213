import type { Contact, Me, Permission } from '@portico/api-client';

let sequence = 0;
const nextId = () => {
  sequence += 1;
  return `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
};

export function makeContact(overrides: Partial<Contact> = {}): Contact {
  const id = overrides.id ?? nextId();
  return {
    id,
    firstName: 'Dana',
    lastName: `Rivera ${id.slice(-3)}`,
    email: `dana.${id.slice(-3)}@harbor.example`,
    phone: null,
    jobTitle: null,
    externalId: null,
    clientGroupId: null,
    portalStatus: 'not_invited',
    suspendedNote: null,
    access: { inspectionReports: true, serviceReports: true, proposals: false, invoices: false },
    accounts: [],
    buildings: [],
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    ...overrides,
  };
}

export const allPermissions: Permission[] = [
  'contacts.write',
  'invitations.send',
  'access.manage',
  'reports.read',
  'reports.export',
  'settings.manage',
  'integrations.manage',
];

export function makeMe(permissions: Permission[] = allPermissions): Me {
  return {
    id: nextId(),
    email: 'office@northwind.example',
    name: 'Olive Office',
    role: 'admin',
    permissions,
    organization: { id: nextId(), name: 'Northwind Fire' },
  };
}
