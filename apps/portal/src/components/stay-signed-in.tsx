/** The same promise on every way in: the API keeps the session 30 days when asked. */
export function StaySignedIn({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        name="staySignedIn"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span>
        Stay signed in <span className="muted">for 30 days on this device</span>
      </span>
    </label>
  );
}
