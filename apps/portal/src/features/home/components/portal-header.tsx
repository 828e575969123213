import { BrandMark } from '../../../components/brand-mark';
import type { PortalMe } from '../../../lib/session';
import { AccountMenu } from './account-menu';
import { ViewSwitcher } from './view-switcher';

/** The organization's name and colour first: customers know their contractor, not "Portico". */
export function PortalHeader({ me }: { me: PortalMe }) {
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <BrandMark brand={me.organization} />
        <AccountMenu me={me} />
      </div>
      <div className="topbar__views">
        <ViewSwitcher me={me} />
      </div>
    </header>
  );
}
