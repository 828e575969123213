import type { RequestBody } from '@portico/api-client';

export type CreateContactBody = RequestBody<'createContact'>;
export type AccessAreas = Required<NonNullable<CreateContactBody['access']>>;
export type AccessArea = keyof AccessAreas;

export const accessAreas: readonly { key: AccessArea; label: string; hint: string }[] = [
  { key: 'inspectionReports', label: 'Inspection reports', hint: 'Inspection reports at their buildings' },
  { key: 'serviceReports', label: 'Service reports', hint: 'Service reports at their buildings' },
  { key: 'proposals', label: 'Proposals', hint: 'Proposals for their buildings or accounts' },
  { key: 'invoices', label: 'Invoices', hint: 'Invoices for their buildings or accounts' },
];

/** What a new contact may see unless someone with access.manage says otherwise (the API's default). */
export const defaultAccess: AccessAreas = {
  inspectionReports: true,
  serviceReports: true,
  proposals: false,
  invoices: false,
};

export interface ContactDetailsValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  jobTitle: string;
}

export interface NewContactValues extends ContactDetailsValues {
  accounts: { id: string; name: string; isBillingContact: boolean }[];
  buildings: { id: string; name: string; sub: string }[];
  access: AccessAreas;
  invite: boolean;
}

export const emptyDetails: ContactDetailsValues = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  jobTitle: '',
};

/** Blank optional fields are left out (the API treats a missing email as "no email"). */
export function createContactBody(
  values: NewContactValues,
  can: { manageAccess: boolean; invite: boolean },
): CreateContactBody {
  const optional = (value: string) => value.trim() || undefined;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    ...(optional(values.email) && { email: values.email.trim() }),
    ...(optional(values.phone) && { phone: values.phone.trim() }),
    ...(optional(values.jobTitle) && { jobTitle: values.jobTitle.trim() }),
    ...(values.accounts.length > 0 && {
      accounts: values.accounts.map((a) => ({ accountId: a.id, isBillingContact: a.isBillingContact })),
    }),
    ...(values.buildings.length > 0 && { buildingIds: values.buildings.map((b) => b.id) }),
    // Sending access without access.manage is a 403, even with the defaults.
    ...(can.manageAccess && { access: values.access }),
    ...(can.invite && values.invite && { invite: true }),
  };
}

export type UpdateContactBody = RequestBody<'updateContact'>;

/** Only what changed, with cleared optional fields as null; null when nothing changed. */
export function detailsPatch(
  saved: {
    firstName: string;
    lastName: string;
    email: string | null;
    phone: string | null;
    jobTitle: string | null;
  },
  values: ContactDetailsValues,
): UpdateContactBody | null {
  const patch: UpdateContactBody = {};
  const next = (key: keyof ContactDetailsValues) => values[key].trim();
  if (next('firstName') !== saved.firstName) patch.firstName = next('firstName');
  if (next('lastName') !== saved.lastName) patch.lastName = next('lastName');
  for (const key of ['email', 'phone', 'jobTitle'] as const) {
    if (next(key) !== (saved[key] ?? '')) patch[key] = next(key) || null;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}
