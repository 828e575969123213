import { fieldErrors } from '@portico/api-client';
import { Spinner, TextField } from '@portico/ui';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { PasswordField } from '../../../components/password-field';
import { StaySignedIn } from '../../../components/stay-signed-in';
import { failureMessage, suspensionOf } from '../../../lib/problems';
import { suspensionStore } from '../../../lib/suspension';
import { useRequestMagicLink } from '../api/email-links';
import { usePortalSignIn } from '../api/sign-in';
import { CheckYourEmail } from './check-your-email';

type Field = 'email' | 'password';

export function SignInForm() {
  const signIn = usePortalSignIn();
  const requestLink = useRequestMagicLink();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [staySignedIn, setStaySignedIn] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const alertRef = useRef<HTMLDivElement>(null);

  // Whichever of the two requests ran last speaks for the form.
  const last = requestLink.submittedAt > signIn.submittedAt ? requestLink : signIn;
  const fromApi = fieldErrors(last.error);
  const errors: Partial<Record<Field, string>> = {
    email: fromApi.email,
    password: fromApi.password,
    ...missing,
  };
  // A suspension is shown by the page (SuspendedPanel), as when one ends a live session.
  const failure =
    last.isError && !suspensionOf(last.error)
      ? fromApi.email || fromApi.password
        ? 'Check the highlighted fields and try again.'
        : failureMessage(last.error)
      : null;
  const busy = signIn.isPending || requestLink.isPending;

  if (requestLink.isSuccess) {
    return (
      <CheckYourEmail email={requestLink.variables.body.email}>
        <p className="sent__rule">The link works once, for 10 minutes.</p>
        <button type="button" className="button button--secondary button--block" onClick={requestLink.reset}>
          Back to sign-in
        </button>
      </CheckYourEmail>
    );
  }

  function onError(error: unknown) {
    const suspension = suspensionOf(error);
    if (suspension) suspensionStore.set(suspension);
    else focusFirstInvalid(fieldErrors(error));
  }

  function focusFirstInvalid(invalid: Partial<Record<Field, string>>) {
    const first = (['email', 'password'] as const).find((field) => invalid[field]);
    if (first) inputs[first].current?.focus();
    else alertRef.current?.focus();
  }

  // Only emptiness is checked here; what makes an email or password acceptable is the API's call.
  function check(fields: readonly Field[]): boolean {
    const local: Partial<Record<Field, string>> = {};
    if (fields.includes('email') && !email.trim()) local.email = 'Enter your email address.';
    if (fields.includes('password') && !password) local.password = 'Enter your password.';
    setMissing(local);
    if (Object.keys(local).length === 0) return true;
    signIn.reset();
    requestLink.reset();
    focusFirstInvalid(local);
    return false;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(['email', 'password'])) return;
    requestLink.reset();
    suspensionStore.set(null);
    signIn.mutate({ body: { email: email.trim(), password, staySignedIn } }, { onError });
  }

  function emailLink() {
    if (!check(['email'])) return;
    signIn.reset();
    requestLink.mutate({ body: { email: email.trim() } }, { onError });
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      {failure && (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={alertRef}>
          {failure}
        </div>
      )}
      <TextField
        ref={inputs.email}
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
          setMissing(({ email: _cleared, ...rest }) => rest);
        }}
        error={errors.email}
        maxLength={320}
      />
      <div className="stack stack--tight">
        <PasswordField
          ref={inputs.password}
          label="Password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            setMissing(({ password: _cleared, ...rest }) => rest);
          }}
          error={errors.password}
          maxLength={1024}
        />
        <Link className="text-link field-link" to="/forgot-password" state={{ email: email.trim() }}>
          Forgot password?
        </Link>
      </div>
      <StaySignedIn checked={staySignedIn} onChange={setStaySignedIn} />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {signIn.isPending ? (
          <>
            <Spinner size="sm" /> Signing in…
          </>
        ) : (
          'Sign in'
        )}
      </button>
      <div className="divider" role="presentation">
        <span>or</span>
      </div>
      <button
        type="button"
        className="button button--secondary button--block"
        onClick={emailLink}
        disabled={busy}
      >
        {requestLink.isPending ? (
          <>
            <Spinner size="sm" /> Sending…
          </>
        ) : (
          'Email me a sign-in link instead'
        )}
      </button>
      <p className="form-note">No password needed: the link signs you in from your inbox.</p>
    </form>
  );
}
