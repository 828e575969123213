import type { AccessAreas } from './session';

/** The four document areas a contact may be given, their kinds, and how the portal names them. */
export const AREAS = [
  {
    area: 'inspectionReports',
    kind: 'inspection_report',
    label: 'Inspection reports',
    one: 'Inspection report',
  },
  { area: 'serviceReports', kind: 'service_report', label: 'Service reports', one: 'Service report' },
  { area: 'proposals', kind: 'proposal', label: 'Proposals', one: 'Proposal' },
  { area: 'invoices', kind: 'invoice', label: 'Invoices', one: 'Invoice' },
] as const;

export type AreaInfo = (typeof AREAS)[number];
export type Area = AreaInfo['area'];
export type Kind = AreaInfo['kind'];

/** The areas the office opened to this customer, in the portal's order. */
export const allowedAreas = (access: AccessAreas): AreaInfo[] => AREAS.filter((a) => access[a.area]);

export const areaOfKind = (kind: string): AreaInfo | undefined => AREAS.find((a) => a.kind === kind);

export const kindLabel = (kind: string): string => areaOfKind(kind)?.one ?? kind;
