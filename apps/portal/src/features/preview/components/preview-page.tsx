import { PageStatus } from '@portico/ui';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { failureMessage, problemCode } from '../../../lib/problems';
import { useOpenPreview } from '../api/preview';
import { previewCodeOf } from './preview-code';

const endedCopy: Record<string, string> = {
  preview_used: 'This preview link has already been used. Each one opens one tab.',
  preview_expired: 'This preview link has expired: it works for one minute.',
};

/**
 * Where the office's "View as customer" lands, in a new tab: trades the one-time code for a
 * read-only session, then shows the portal's home as the contact sees it.
 */
export function PreviewPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const open = useOpenPreview();
  const [code] = useState(() => previewCodeOf(location.hash));
  // Once per code, even when React mounts the page twice in development.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    // Read once, then wiped from the address bar, so the tab's history does not keep it.
    navigate({ pathname: location.pathname, search: location.search }, { replace: true });
    if (code) open.mutate({ body: { code } }, { onSuccess: () => navigate('/', { replace: true }) });
  }, [code, open, navigate, location.pathname, location.search]);

  const failed = !code || open.isError;
  const reason = !code
    ? 'This preview link is incomplete. Open the preview again from the contact page of the office console.'
    : (endedCopy[problemCode(open.error) ?? ''] ?? failureMessage(open.error));
  return (
    <AuthLayout title="View as customer">
      <section className="card" aria-labelledby="preview-title" aria-busy={!failed}>
        <div className="card__intro">
          <h1 id="preview-title" className="card__title">
            {failed ? 'The preview could not open' : 'Opening the preview…'}
          </h1>
        </div>
        {failed ? (
          <div className="stack">
            <p className="alert alert--error" role="alert">
              {reason}
            </p>
            <p className="muted">Open a new preview from the contact page of the office console.</p>
          </div>
        ) : (
          <PageStatus>Showing the portal as the customer sees it, read-only…</PageStatus>
        )}
      </section>
    </AuthLayout>
  );
}
