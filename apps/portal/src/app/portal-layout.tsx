import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Outlet } from 'react-router';
import { AuthLayout } from '../components/auth-layout';
import { CheckFailed } from '../components/check-failed';
import { Loading } from '../components/load-state';
import { PreviewBanner } from '../features/preview/components/preview-banner';
import { PortalHeader } from '../features/shell/components/portal-header';
import { brandStyle } from '../lib/brand';
import { useOverlay } from '../lib/overlay';
import { forgetReturnTo } from '../lib/return-to';
import { meQueryOptions } from '../lib/session';
import { OverlayHost } from './overlay-host';

/**
 * Every signed-in screen: the organization's header and sections, the screen, and the overlay
 * named in the address (if any) above it, with the page behind made inert.
 */
export function PortalLayout() {
  const me = useQuery(meQueryOptions());
  const overlay = useOverlay();

  // Signed in and arrived: a page kept for after sign-in has served its purpose.
  useEffect(() => forgetReturnTo(), []);

  if (me.isPending) {
    return (
      <AuthLayout title="Your portal">
        <section className="card">
          <Loading>Opening your portal…</Loading>
        </section>
      </AuthLayout>
    );
  }
  // A suspension never lands here: the API client ends the session and sign-in shows the note.
  // A failed refetch (after a view change) keeps the customer on the page they know.
  if (me.isError && !me.data) {
    return (
      <AuthLayout title="Your portal">
        <CheckFailed title="We could not open your portal" error={me.error} retry={() => void me.refetch()} />
      </AuthLayout>
    );
  }

  if (!me.data) return null;
  const { organization } = me.data;
  return (
    <div className="app" style={brandStyle(organization.brandColor)}>
      <title>{`Your portal · ${organization.name}`}</title>
      {/* Outside the part an overlay makes inert: the way out of a preview is always there. */}
      <PreviewBanner />
      <div className="app__page" inert={overlay.target !== null}>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <PortalHeader me={me.data} onChangeView={() => overlay.open('/views')} />
        <main id="main" className="app__main" tabIndex={-1}>
          <Suspense fallback={<Loading>Loading…</Loading>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
      {overlay.target && <OverlayHost target={overlay.target} me={me.data} onClose={overlay.close} />}
    </div>
  );
}
