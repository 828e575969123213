import { AuthLayout } from './auth-layout';

/**
 * A "view as customer" tab whose preview is over. It never falls back to another portal session
 * on its own: the office opens a new preview from the contact page.
 */
export function PreviewEnded({ reason }: { reason: string }) {
  return (
    <AuthLayout title="Preview ended">
      <section className="card" aria-labelledby="preview-ended-title">
        <div className="card__intro">
          <h1 id="preview-ended-title" className="card__title">
            The preview has ended
          </h1>
          <p className="muted">{reason}</p>
        </div>
        <button
          type="button"
          className="button button--secondary button--block"
          onClick={() => window.close()}
        >
          Close this tab
        </button>
      </section>
    </AuthLayout>
  );
}
