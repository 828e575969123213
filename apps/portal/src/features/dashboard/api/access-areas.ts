import type { AccessAreas } from '../../../lib/session';

const names: Record<keyof AccessAreas, string> = {
  inspectionReports: 'Inspection reports',
  serviceReports: 'Service reports',
  proposals: 'Proposals',
  invoices: 'Invoices',
};

/** The areas the office opened to this customer, in the order the portal lists them. */
export function accessAreaNames(access: AccessAreas): string[] {
  return (Object.keys(names) as (keyof AccessAreas)[])
    .filter((area) => access[area])
    .map((area) => names[area]);
}
