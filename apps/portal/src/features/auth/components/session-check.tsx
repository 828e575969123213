import { PageStatus } from '@portico/ui';
import { AuthLayout } from '../../../components/auth-layout';

/** While a reload trades the refresh cookie for a session: brief, so it only says what is happening. */
export function SessionCheck() {
  return (
    <AuthLayout title="Signing in">
      <section className="card">
        <PageStatus>Checking your session…</PageStatus>
      </section>
    </AuthLayout>
  );
}
