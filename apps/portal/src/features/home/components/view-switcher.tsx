import { useId } from 'react';
import type { PortalMe } from '../../../lib/session';
import { usePortalView, viewLabel } from '../api/views';

/** Shown only when there is a choice: the whole group (or all accounts) or one of them. */
export function ViewSwitcher({ me }: { me: PortalMe }) {
  const id = useId();
  const { current, choose } = usePortalView(me);
  if (me.views.length < 2) return null;
  const [overall, ...single] = me.views;
  const grouped = overall?.kind === 'group';
  return (
    <div className="viewbar">
      <label className="viewbar__label" htmlFor={id}>
        Viewing
      </label>
      <select
        id={id}
        className="viewbar__select"
        value={current?.key ?? me.defaultView}
        onChange={(event) => choose(event.target.value)}
      >
        {overall && <option value={overall.key}>{viewLabel(overall)}</option>}
        <optgroup label={grouped ? 'One client' : 'One account'}>
          {single.map((view) => (
            <option key={view.key} value={view.key}>
              {viewLabel(view)}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
