import { type Severity, severityColor, severityLabel } from '../lib/severity';

/** A severity in words, with its colour as a dot (never colour alone). */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className="badge">
      <span className="swatch" style={{ background: severityColor[severity] }} aria-hidden="true" />
      {severityLabel[severity]}
    </span>
  );
}
