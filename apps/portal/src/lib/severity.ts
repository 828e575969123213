/** Defect severities as the API names them, most serious first (the API's enum order). */
export const SEVERITIES = ['critical', 'non_conformance', 'non_critical', 'recommendation', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const severityLabel: Record<Severity, string> = {
  critical: 'Critical',
  non_conformance: 'Non-conformance',
  non_critical: 'Non-critical',
  recommendation: 'Recommendation',
  info: 'Information',
};

/**
 * One colour per severity on the map, the charts and the badges, from red to grey, with green for
 * nothing open. Chosen to stay apart for the common colour-vision deficiencies by lightness as
 * well as hue; every use also says the severity in words.
 */
export const severityColor: Record<Severity, string> = {
  critical: '#c4320a',
  non_conformance: '#e07b00',
  non_critical: '#c9a400',
  recommendation: '#3a6fc4',
  info: '#8a9597',
};

export const NO_OPEN_DEFECTS_COLOR = '#2e8540';
export const RESOLVED_COLOR = '#3f9d57';

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export const colorOfHighest = (severity: Severity | null | undefined) =>
  severity ? severityColor[severity] : NO_OPEN_DEFECTS_COLOR;

export const labelOfHighest = (severity: Severity | null | undefined) =>
  severity ? severityLabel[severity] : 'No open defects';
