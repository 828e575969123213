import { Link } from 'react-router';
import { AuthLayout } from '../components/auth-layout';

export function NotFound() {
  return (
    <AuthLayout title="Not found">
      <section className="card" aria-labelledby="not-found-title">
        <div className="card__intro">
          <h1 id="not-found-title" className="card__title">
            There is no page here
          </h1>
          <p className="muted">The address may be mistyped, or the link is out of date.</p>
        </div>
        <Link className="button button--secondary button--block" to="/">
          Go to your portal
        </Link>
      </section>
    </AuthLayout>
  );
}
