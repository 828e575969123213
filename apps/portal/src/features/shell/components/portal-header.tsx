import { useId, useState } from 'react';
import { NavLink } from 'react-router';
import { BrandMark } from '../../../components/brand-mark';
import type { PortalMe } from '../../../lib/session';
import { usePortalView, viewLabel } from '../../../lib/views';
import { AccountMenu } from './account-menu';

const sections = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/properties', label: 'Properties', end: false },
  { to: '/documents', label: 'Documents', end: false },
  { to: '/messages', label: 'Messages', end: false },
  { to: '/service-requests', label: 'Requests', end: false },
  { to: '/search', label: 'Search', end: false },
  { to: '/help', label: 'Help', end: false },
] as const;

/**
 * The organization's name and colour first (customers know their contractor, not "Portico"),
 * the four sections, the view in use and the account menu. On a phone the sections fold behind
 * a Menu button.
 */
export function PortalHeader({ me, onChangeView }: { me: PortalMe; onChangeView: () => void }) {
  const navId = useId();
  const [open, setOpen] = useState(false);
  const { current } = usePortalView(me);

  return (
    <header className="topbar">
      <div className="topbar__inner">
        <BrandMark brand={me.organization} />
        <nav className="nav" aria-label="Portal">
          <button
            type="button"
            className="nav__toggle"
            aria-expanded={open}
            aria-controls={navId}
            onClick={() => setOpen((was) => !was)}
          >
            <span className="nav__burger" aria-hidden="true" />
            Menu
          </button>
          <ul id={navId} className={`nav__list${open ? ' nav__list--open' : ''}`}>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink
                  className="nav__link"
                  to={section.to}
                  end={section.end}
                  onClick={() => setOpen(false)}
                >
                  {section.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu me={me} onChangeView={onChangeView} />
      </div>
      {me.views.length > 1 && current && (
        <div className="topbar__views">
          <div className="viewbar">
            <span className="viewbar__label">Viewing</span>
            <span className="viewbar__current">{viewLabel(current)}</span>
            <button type="button" className="viewbar__change" onClick={onChangeView}>
              Change view
            </button>
          </div>
        </div>
      )}
    </header>
  );
}
