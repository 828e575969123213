import { fieldErrors, problemMessage } from '@portico/api-client';
import { Spinner, TextField } from '@portico/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useSignIn } from '../api/sign-in';

type Field = 'email' | 'password';

export function SignInForm() {
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [staySignedIn, setStaySignedIn] = useState(false);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const alertRef = useRef<HTMLDivElement>(null);

  // The API names the field it rejects (problem+json `errors`): show each next to its input.
  const fromApi = fieldErrors(signIn.error);
  const errors: Partial<Record<Field, string>> = {
    email: fromApi.email,
    password: fromApi.password,
    ...missing,
  };
  const hasFieldErrors = Boolean(fromApi.email || fromApi.password);
  const formError = signIn.isError
    ? hasFieldErrors
      ? 'Check the highlighted fields and try again.'
      : problemMessage(signIn.error)
    : null;

  function focusFirstInvalid(invalid: Partial<Record<Field, string>>) {
    const first = (['email', 'password'] as const).find((field) => invalid[field]);
    if (first) inputs[first].current?.focus();
    else alertRef.current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Only emptiness is checked here; what makes an email or password acceptable is the API's call.
    const local: Partial<Record<Field, string>> = {};
    if (!email.trim()) local.email = 'Enter your email address.';
    if (!password) local.password = 'Enter your password.';
    setMissing(local);
    if (local.email || local.password) {
      signIn.reset();
      focusFirstInvalid(local);
      return;
    }
    signIn.mutate(
      { body: { email: email.trim(), password, staySignedIn } },
      { onError: (error) => focusFirstInvalid(fieldErrors(error)) },
    );
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={signIn.isPending}>
      {formError && (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={alertRef}>
          {formError}
        </div>
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
      <button type="submit" className="button button--primary button--block" disabled={signIn.isPending}>
        {signIn.isPending ? (
          <>
            <Spinner size="sm" /> Signing in…
          </>
        ) : (
          'Sign in'
        )}
      </button>
    </form>
  );
}
