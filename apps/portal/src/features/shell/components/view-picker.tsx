import { useId } from 'react';
import type { PortalMe } from '../../../lib/session';
import { usePortalView, viewLabel } from '../../../lib/views';

/**
 * "Change view": the whole group (or all accounts) or one client. A choice applies at once and
 * is kept on this device; the portal then shows that view's properties and documents.
 */
export function ViewPicker({ me, onChosen }: { me: PortalMe; onChosen: () => void }) {
  const name = useId();
  const { current, choose } = usePortalView(me);
  const [overall, ...single] = me.views;
  const grouped = overall?.kind === 'group';
  const option = (view: PortalMe['views'][number]) => (
    <label key={view.key} className="choice">
      <input
        type="radio"
        name={name}
        value={view.key}
        checked={current?.key === view.key}
        onChange={() => {
          choose(view.key);
          onChosen();
        }}
      />
      <span>{viewLabel(view)}</span>
    </label>
  );
  return (
    <fieldset className="choices">
      <legend className="choices__legend">Show the portal for</legend>
      {overall && option(overall)}
      {single.length > 0 && <p className="choices__group">{grouped ? 'One client' : 'One account'}</p>}
      {single.map(option)}
    </fieldset>
  );
}
