import { type ReportName, reportLabels, tableLabels } from '../api/exports';

// The API names a stored table as a plain string; one it adds later reads as its code.
const tableLabel = (table: string) =>
  Object.entries(tableLabels).find(([key]) => key === table)?.[1] ?? table;

/** What a schedule sends: "Portal adoption · By customer · CSV". */
export const whatIsSent = (item: { report: ReportName; table: string; format: string }) =>
  [reportLabels[item.report], tableLabel(item.table), item.format.toUpperCase()].join(' · ');

export function recipientsText(recipients: readonly string[]): string {
  const [first, ...rest] = recipients;
  return rest.length === 0 ? (first ?? '') : `${first} and ${rest.length} more`;
}
