import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="state">
      <title>Not found · Portico</title>
      <h1 className="state__title">There is no page here</h1>
      <p className="state__text">The address may be mistyped, or the page has moved.</p>
      <Link className="button button--secondary" to="/">
        Go to the start page
      </Link>
    </section>
  );
}
