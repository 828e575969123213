import { fieldErrors, problemMessage, problemStatus } from '@portico/api-client';
import { type FormEvent, useRef, useState } from 'react';
import { Spinner } from '../../../components/spinner';
import { TextField } from '../../../components/text-field';
import { usePortalSignIn, useRequestSignInLink } from '../api/portal-auth';

type Field = 'email' | 'password';

/** The API's answer in words a customer understands; a 404 means this server has no portal sign-in yet. */
function describe(error: unknown): { message: string; detail?: string } {
  if (problemStatus(error) === 404) {
    return {
      message:
        'Customer sign-in is not open on this server yet. Your service provider will let you know when it is.',
      detail: problemMessage(error),
    };
  }
  if (Object.keys(fieldErrors(error)).length > 0)
    return { message: 'Check the highlighted fields and try again.' };
  return { message: problemMessage(error) };
}

export function SignInForm() {
  const signIn = usePortalSignIn();
  const requestLink = useRequestSignInLink();
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
  const failure = last.isError ? describe(last.error) : null;
  const busy = signIn.isPending || requestLink.isPending;

  function focusFirstInvalid(invalid: Partial<Record<Field, string>>) {
    const first = (['email', 'password'] as const).find((field) => invalid[field]);
    if (first) inputs[first].current?.focus();
    else alertRef.current?.focus();
  }

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
    signIn.mutate(
      { email: email.trim(), password, staySignedIn },
      { onError: (error) => focusFirstInvalid(fieldErrors(error)) },
    );
  }

  function emailLink() {
    if (!check(['email'])) return;
    signIn.reset();
    requestLink.mutate(
      { email: email.trim() },
      { onError: (error) => focusFirstInvalid(fieldErrors(error)) },
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      {failure && (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={alertRef}>
          <p>{failure.message}</p>
          {failure.detail && <p className="alert__detail">The server said: {failure.detail}</p>}
        </div>
      )}
      {requestLink.isSuccess && (
        <p className="alert alert--info" role="status">
          If {requestLink.variables.email} has a portal account, a sign-in link is on its way. It works once
          and expires soon.
        </p>
      )}
      {signIn.isSuccess && (
        <p className="alert alert--info" role="status">
          You are signed in.
        </p>
      )}
      <TextField
        ref={inputs.email}
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          setMissing(({ email: _cleared, ...rest }) => rest);
        }}
        error={errors.email}
        maxLength={320}
      />
      <TextField
        ref={inputs.password}
        label="Password"
        type="password"
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
      <label className="checkbox">
        <input
          type="checkbox"
          name="staySignedIn"
          checked={staySignedIn}
          onChange={(event) => setStaySignedIn(event.target.checked)}
        />
        <span>
          Stay signed in <span className="muted">for 30 days on this device</span>
        </span>
      </label>
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
          'Email me a sign-in link'
        )}
      </button>
      <p className="form-note">
        No password yet, or forgotten it? A sign-in link needs only your email address.
      </p>
    </form>
  );
}
