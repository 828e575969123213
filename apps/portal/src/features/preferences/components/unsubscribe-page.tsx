import { problemStatus } from '@portico/api-client';
import { PageStatus } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { CheckFailed } from '../../../components/check-failed';
import {
  categoryText,
  type NotificationCategory,
  unsubscribePreviewOptions,
  useUnsubscribe,
} from '../api/preferences';

const listOf = (categories: NotificationCategory[]) =>
  categories.map((c) => categoryText[c].title.toLowerCase()).join(', ');

/**
 * Where an email's unsubscribe link lands. Opening it changes nothing (mail scanners open links
 * too); the one button POSTs, then the page says what was turned off.
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery({ ...unsubscribePreviewOptions(token), enabled: token !== '' });
  const confirm = useUnsubscribe();
  const view = confirm.data ?? preview.data;
  const brand = view ? { name: view.organizationName, logoUrl: null, brandColor: '' } : null;
  const status = preview.isError ? problemStatus(preview.error) : undefined;
  // 400/404: the link itself is wrong (altered, cut short, its contact deleted); anything else may pass.
  const invalid = token === '' || status === 400 || status === 404;

  return (
    <AuthLayout title="Unsubscribe" brand={brand}>
      {invalid && (
        <section className="card" aria-labelledby="unsubscribe-title">
          <h1 id="unsubscribe-title" className="card__title">
            This unsubscribe link does not work
          </h1>
          <p className="muted">
            It may have been cut short when it was copied. Open it again from your email, or change your
            emails in your <Link to="/settings/notifications">notification settings</Link>.
          </p>
        </section>
      )}
      {token !== '' && preview.isPending && (
        <section className="card">
          <PageStatus>Opening your unsubscribe link…</PageStatus>
        </section>
      )}
      {preview.isError && !invalid && (
        <CheckFailed
          title="We could not open this unsubscribe link"
          error={preview.error}
          retry={() => void preview.refetch()}
        />
      )}
      {view && (
        <section className="card" aria-labelledby="unsubscribe-title">
          {confirm.isSuccess ? (
            <>
              <h1 id="unsubscribe-title" className="card__title">
                You are unsubscribed
              </h1>
              <p role="status">
                {view.organizationName} will no longer email you about {listOf(view.categories)}.
              </p>
            </>
          ) : (
            <>
              <h1 id="unsubscribe-title" className="card__title">
                Stop these emails?
              </h1>
              <p>
                You will no longer get emails from {view.organizationName} about {listOf(view.categories)}.
                Your documents stay in the portal.
              </p>
              <button
                type="button"
                className="button button--primary button--block"
                disabled={confirm.isPending}
                onClick={() => confirm.mutate({ body: { token } })}
              >
                {confirm.isPending ? 'Unsubscribing…' : 'Unsubscribe'}
              </button>
              {confirm.isError && (
                <p className="alert alert--error" role="alert">
                  That did not work. Please try again.
                </p>
              )}
            </>
          )}
          <p className="form-note">
            Rather get a daily digest, or change other emails?{' '}
            <Link to="/settings/notifications">Notification settings</Link> (you will be asked to sign in).
          </p>
        </section>
      )}
    </AuthLayout>
  );
}
