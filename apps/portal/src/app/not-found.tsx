import { Link } from 'react-router';

export function NotFound() {
  return (
    <div className="portal">
      <title>Not found · Customer portal</title>
      <main className="portal__main">
        <section className="card">
          <h1 className="card__title">There is no page here</h1>
          <p className="muted">The address may be mistyped, or the link is out of date.</p>
          <Link className="button button--secondary" to="/sign-in">
            Go to sign-in
          </Link>
        </section>
      </main>
    </div>
  );
}
