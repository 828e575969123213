import { PageStatus } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { AuthLayout } from '../../../components/auth-layout';
import { CheckFailed } from '../../../components/check-failed';
import { brandStyle } from '../../../lib/brand';
import { meQueryOptions } from '../../../lib/session';
import { PortalHeader } from './portal-header';
import { Welcome } from './welcome';
import { WhatComesNext } from './what-comes-next';

export function HomePage() {
  const me = useQuery(meQueryOptions());

  if (me.isPending) {
    return (
      <AuthLayout title="Your portal">
        <section className="card">
          <PageStatus>Opening your portal…</PageStatus>
        </section>
      </AuthLayout>
    );
  }
  // A suspension never lands here: the API client ends the session and sign-in shows the note.
  if (me.isError) {
    return (
      <AuthLayout title="Your portal">
        <CheckFailed title="We could not open your portal" error={me.error} retry={() => void me.refetch()} />
      </AuthLayout>
    );
  }

  const { organization } = me.data;
  return (
    <div className="home" style={brandStyle(organization.brandColor)}>
      <title>{`Your portal · ${organization.name}`}</title>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <PortalHeader me={me.data} />
      <main id="main" className="home__main" tabIndex={-1}>
        <Welcome me={me.data} />
        <WhatComesNext organization={organization.name} />
      </main>
    </div>
  );
}
