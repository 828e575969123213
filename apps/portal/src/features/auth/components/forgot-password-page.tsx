import { fieldErrors } from '@portico/api-client';
import { Spinner, TextField } from '@portico/ui';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { AuthLayout } from '../../../components/auth-layout';
import { failureMessage } from '../../../lib/problems';
import { useRequestPasswordReset } from '../api/email-links';
import { CheckYourEmail } from './check-your-email';
import { carriedEmail } from './return-path';

export function ForgotPasswordPage() {
  const location = useLocation();
  const request = useRequestPasswordReset();
  const [email, setEmail] = useState(() => carriedEmail(location.state));
  const [missing, setMissing] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const emailError = missing ?? fieldErrors(request.error).email;
  const failure = request.isError && !emailError ? failureMessage(request.error) : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim()) {
      setMissing('Enter your email address.');
      request.reset();
      inputRef.current?.focus();
      return;
    }
    request.mutate({ body: { email: email.trim() } }, { onError: () => inputRef.current?.focus() });
  }

  return (
    <AuthLayout title="Reset your password">
      <section className="card" aria-labelledby="forgot-title">
        <div className="card__intro">
          <h1 id="forgot-title" className="card__title">
            Reset your password
          </h1>
          {!request.isSuccess && <p className="muted">We will email you a link to choose a new one.</p>}
        </div>
        {request.isSuccess ? (
          <CheckYourEmail email={request.variables.body.email}>
            <p className="sent__rule">The link works once, for 1 hour.</p>
            <Link className="button button--secondary button--block" to="/sign-in">
              Back to sign-in
            </Link>
          </CheckYourEmail>
        ) : (
          <form className="stack" onSubmit={submit} noValidate aria-busy={request.isPending}>
            {failure && (
              <div className="alert alert--error" role="alert">
                {failure}
              </div>
            )}
            <TextField
              ref={inputRef}
              label="Email"
              type="email"
              name="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              value={email}
              onChange={(event) => {
                setEmail(event.target.value);
                setMissing(undefined);
              }}
              error={emailError}
              maxLength={320}
            />
            <button
              type="submit"
              className="button button--primary button--block"
              disabled={request.isPending}
            >
              {request.isPending ? (
                <>
                  <Spinner size="sm" /> Sending…
                </>
              ) : (
                'Email me a reset link'
              )}
            </button>
            <Link className="text-link text-link--center" to="/sign-in">
              Back to sign-in
            </Link>
          </form>
        )}
      </section>
    </AuthLayout>
  );
}
