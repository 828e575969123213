import { SignInForm } from './sign-in-form';

export function SignInPage() {
  return (
    <div className="portal">
      <title>Sign in · Customer portal</title>
      <header className="portal__bar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <span className="brand__name">Customer portal</span>
        </div>
      </header>
      <main className="portal__main">
        <section className="card" aria-labelledby="sign-in-title">
          <div className="card__intro">
            <h1 id="sign-in-title" className="card__title">
              Sign in
            </h1>
            <p className="muted">
              Your inspection reports, service reports, proposals and invoices, in one place.
            </p>
          </div>
          <SignInForm />
        </section>
        <p className="portal__help">Trouble signing in? Contact your service provider’s office.</p>
      </main>
    </div>
  );
}
