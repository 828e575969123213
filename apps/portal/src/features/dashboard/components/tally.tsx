import { OverlayLink } from '../../../components/list-parts';

/** A headline number that opens the list it counts. */
export function Tally({
  value,
  label,
  href,
  amount,
  alert = false,
}: {
  value: number;
  label: string;
  href: string;
  amount?: string;
  alert?: boolean;
}) {
  return (
    <li>
      <OverlayLink className={`tally${alert && value > 0 ? ' tally--alert' : ''}`} to={href}>
        <span className="tally__value">{value}</span>
        <span className="tally__label">{label}</span>
        {amount && <span className="tally__amount">{amount}</span>}
      </OverlayLink>
    </li>
  );
}
